/** The gateway actor's name: its address on a node is `gateway@<node>`. */
export const gatewayActorName = "gateway"
