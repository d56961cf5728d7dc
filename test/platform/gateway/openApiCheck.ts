/**
 * Checks real responses against the gateway's own `/openapi.json`: the status must be
 * documented for the operation, and the body must satisfy the documented schema. The
 * validator covers the JSON Schema keywords Effect's OpenAPI generator emits; any other
 * keyword is reported, so a schema this cannot judge fails loudly instead of passing.
 */
type Json =
  null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }
type JsonObject = { readonly [key: string]: Json }

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const ignored = new Set([
  "title",
  "description",
  "$id",
  "format",
  "examples",
  "default",
  "$comment",
])

const typeOf = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value

const matchesType = (type: string, value: unknown) =>
  type === "integer"
    ? Number.isInteger(value)
    : type === "number"
      ? typeof value === "number"
      : typeOf(value) === type

export const validate = (
  doc: JsonObject,
  schema: Json,
  value: unknown,
  at = "$",
): Array<string> => {
  if (schema === true || (isObject(schema) && Object.keys(schema).every((k) => ignored.has(k))))
    return []
  if (!isObject(schema)) return [`${at}: unsupported schema ${JSON.stringify(schema)}`]
  const errors: Array<string> = []
  for (const [keyword, rule] of Object.entries(schema)) {
    switch (keyword) {
      case "$ref": {
        const name = String(rule).replace("#/components/schemas/", "")
        const components = doc["components"]
        const schemas = isObject(components) ? components["schemas"] : undefined
        const target = isObject(schemas) ? schemas[name] : undefined
        if (target === undefined) errors.push(`${at}: unresolved $ref ${String(rule)}`)
        else errors.push(...validate(doc, target, value, at))
        break
      }
      case "anyOf":
      case "oneOf": {
        const options = Array.isArray(rule) ? rule : []
        if (!options.some((option) => validate(doc, option, value, at).length === 0))
          errors.push(`${at}: matches none of ${keyword} (${JSON.stringify(value)?.slice(0, 200)})`)
        break
      }
      case "allOf":
        for (const part of Array.isArray(rule) ? rule : [])
          errors.push(...validate(doc, part, value, at))
        break
      case "type": {
        const types = Array.isArray(rule) ? rule.map(String) : [String(rule)]
        if (!types.some((type) => matchesType(type, value)))
          errors.push(`${at}: expected ${types.join("|")}, got ${typeOf(value)}`)
        break
      }
      case "enum":
        if (!(Array.isArray(rule) ? rule : []).some((option) => option === value))
          errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(rule)}`)
        break
      case "const":
        if (rule !== value) errors.push(`${at}: expected ${JSON.stringify(rule)}`)
        break
      case "required":
        for (const key of Array.isArray(rule) ? rule.map(String) : []) {
          if (isObject(value) && !(key in value)) errors.push(`${at}: missing ${key}`)
        }
        break
      case "properties":
        if (isObject(value) && isObject(rule)) {
          for (const [key, inner] of Object.entries(rule)) {
            if (key in value) errors.push(...validate(doc, inner, value[key], `${at}.${key}`))
          }
        }
        break
      case "additionalProperties":
        if (isObject(value)) {
          const known = isObject(schema["properties"]) ? Object.keys(schema["properties"]) : []
          for (const key of Object.keys(value).filter((k) => !known.includes(k))) {
            if (rule === false) errors.push(`${at}: unexpected property ${key}`)
            else if (isObject(rule)) errors.push(...validate(doc, rule, value[key], `${at}.${key}`))
          }
        }
        break
      case "items":
        if (Array.isArray(value))
          value.forEach((item, i) => errors.push(...validate(doc, rule, item, `${at}[${i}]`)))
        break
      case "minLength":
      case "maxLength":
        if (
          typeof value === "string" &&
          (keyword === "minLength" ? value.length < Number(rule) : value.length > Number(rule))
        )
          errors.push(`${at}: length ${value.length} breaks ${keyword} ${String(rule)}`)
        break
      case "pattern":
        if (typeof value === "string" && !new RegExp(String(rule), "u").test(value))
          errors.push(`${at}: ${JSON.stringify(value)} does not match ${String(rule)}`)
        break
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        const bound = Number(rule)
        if (typeof value !== "number") break
        const ok =
          keyword === "minimum"
            ? value >= bound
            : keyword === "maximum"
              ? value <= bound
              : keyword === "exclusiveMinimum"
                ? value > bound
                : value < bound
        if (!ok) errors.push(`${at}: ${value} breaks ${keyword} ${bound}`)
        break
      }
      default:
        if (!ignored.has(keyword)) errors.push(`${at}: the check does not know keyword ${keyword}`)
    }
  }
  return errors
}

export interface Exchange {
  readonly method: string
  /** The path template as the document spells it, e.g. `/actors/{address}`. */
  readonly route: string
  readonly status: number
  readonly contentType: string | null
  readonly body: string
}

/** What is wrong with `exchange` according to `doc` (nothing: an empty list). */
export const problems = (document: unknown, exchange: Exchange): Array<string> => {
  if (!isObject(document)) return ["the OpenAPI document is not a JSON object"]
  const doc = document
  const paths = doc["paths"]
  const item = isObject(paths) ? paths[exchange.route] : undefined
  const operation = isObject(item) ? item[exchange.method.toLowerCase()] : undefined
  if (!isObject(operation)) return [`${exchange.method} ${exchange.route} is not documented`]
  const responses = operation["responses"]
  const response = isObject(responses) ? responses[String(exchange.status)] : undefined
  if (!isObject(response))
    return [`${exchange.method} ${exchange.route}: status ${exchange.status} is not documented`]
  const content = response["content"]
  if (!isObject(content))
    return exchange.body === "" ? [] : [`status ${exchange.status} documents no body`]
  const mediaType = (exchange.contentType ?? "").split(";")[0]?.trim() ?? ""
  const documented = Object.keys(content).find((type) => type.split(";")[0]?.trim() === mediaType)
  if (documented === undefined)
    return [
      `${exchange.method} ${exchange.route} ${exchange.status}: content type ${exchange.contentType} is not documented (${exchange.body.slice(0, 200)})`,
    ]
  const media = content[documented]
  const schema = isObject(media) ? media["schema"] : undefined
  if (schema === undefined) return []
  let body: unknown = exchange.body
  if (mediaType === "application/json") {
    try {
      body = JSON.parse(exchange.body)
    } catch {
      return [`the body is not JSON: ${exchange.body.slice(0, 200)}`]
    }
  }
  return validate(doc, schema, body).map(
    (error) => `${exchange.method} ${exchange.route} ${exchange.status}: ${error}`,
  )
}
