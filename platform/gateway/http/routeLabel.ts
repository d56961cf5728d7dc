/**
 * The route template a request path matches (`/actors/{address}`), for metric labels: a
 * label per concrete path would grow without bound.
 */
import { GatewayApi } from "../api/GatewayApi.js"

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const templates = [
  ...Object.values(GatewayApi.groups).flatMap((group) =>
    Object.values(group.endpoints).map((endpoint) => endpoint.path),
  ),
  "/openapi.json",
].map((path) => ({
  label: path.replace(/:(\w+)/g, "{$1}"),
  pattern: new RegExp(`^${path.split(/:\w+/).map(escape).join("[^/]+")}$`),
}))

export const routeLabel = (url: string): string => {
  const query = url.indexOf("?")
  const path = query === -1 ? url : url.slice(0, query)
  return templates.find((template) => template.pattern.test(path))?.label ?? "other"
}
