/** Goal message types: changes published on `goal.changed`, proposals, and listings. */
import { aico } from "../../proto/generated/aico.js"
import { defineMessage } from "../../runtime/message/MessageDefinition.js"
import * as Goal from "../../schemas/messages/goal.js"

const proto = aico.goal.v1

export const goalChangedTopic = "goal.changed"

export const GoalChanged = defineMessage({
  type: "goal.changed",
  schema: Goal.GoalChanged,
  proto: proto.GoalChanged,
})
export const ProposeGoal = defineMessage({
  type: "goal.propose",
  schema: Goal.ProposeGoal,
  proto: proto.ProposeGoal,
})
export const ListGoals = defineMessage({
  type: "goal.list",
  schema: Goal.ListGoals,
  proto: proto.ListGoals,
})
export const GoalListing = defineMessage({
  type: "goal.listing",
  schema: Goal.GoalListing,
  proto: proto.GoalListing,
})

export const goalMessages = [GoalChanged, ProposeGoal, ListGoals, GoalListing] as const
