/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const aico = $root.aico = (() => {

    /**
     * Namespace aico.
     * @exports aico
     * @namespace
     */
    const aico = {};

    aico.bus = (function() {

        /**
         * Namespace bus.
         * @memberof aico
         * @namespace
         */
        const bus = {};

        bus.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.bus
             * @namespace
             */
            const v1 = {};

            /**
             * Kind enum.
             * @name aico.bus.v1.Kind
             * @enum {number}
             * @property {number} KIND_TELL=0 KIND_TELL value
             * @property {number} KIND_ASK=1 KIND_ASK value
             * @property {number} KIND_REPLY=2 KIND_REPLY value
             * @property {number} KIND_PUBLISH=3 KIND_PUBLISH value
             * @property {number} KIND_ACK=4 KIND_ACK value
             */
            v1.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_TELL"] = 0;
                values[valuesById[1] = "KIND_ASK"] = 1;
                values[valuesById[2] = "KIND_REPLY"] = 2;
                values[valuesById[3] = "KIND_PUBLISH"] = 3;
                values[valuesById[4] = "KIND_ACK"] = 4;
                return values;
            })();

            v1.TraceContext = (function() {

                /**
                 * Properties of a TraceContext.
                 * @typedef {Object} aico.bus.v1.TraceContext.$Properties
                 * @property {string|null} [traceparent] TraceContext traceparent
                 * @property {string|null} [tracestate] TraceContext tracestate
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TraceContext.
                 * @memberof aico.bus.v1
                 * @interface ITraceContext
                 * @augments aico.bus.v1.TraceContext.$Properties
                 * @deprecated Use aico.bus.v1.TraceContext.$Properties instead.
                 */

                /**
                 * Shape of a TraceContext.
                 * @typedef {aico.bus.v1.TraceContext.$Properties} aico.bus.v1.TraceContext.$Shape
                 */

                /**
                 * Constructs a new TraceContext.
                 * @memberof aico.bus.v1
                 * @classdesc Represents a TraceContext.
                 * @constructor
                 * @param {aico.bus.v1.TraceContext.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TraceContext = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TraceContext traceparent.
                 * @member {string} traceparent
                 * @memberof aico.bus.v1.TraceContext
                 * @instance
                 */
                TraceContext.prototype.traceparent = "";

                /**
                 * TraceContext tracestate.
                 * @member {string} tracestate
                 * @memberof aico.bus.v1.TraceContext
                 * @instance
                 */
                TraceContext.prototype.tracestate = "";

                /**
                 * Creates a new TraceContext instance using the specified properties.
                 * @function create
                 * @memberof aico.bus.v1.TraceContext
                 * @static
                 * @param {aico.bus.v1.TraceContext.$Properties=} [properties] Properties to set
                 * @returns {aico.bus.v1.TraceContext} TraceContext instance
                 * @type {{
                 *   (properties: aico.bus.v1.TraceContext.$Shape): aico.bus.v1.TraceContext & aico.bus.v1.TraceContext.$Shape;
                 *   (properties?: aico.bus.v1.TraceContext.$Properties): aico.bus.v1.TraceContext;
                 * }}
                 */
                TraceContext.create = function(properties) {
                    return new TraceContext(properties);
                };

                /**
                 * Encodes the specified TraceContext message. Does not implicitly {@link aico.bus.v1.TraceContext.verify|verify} messages.
                 * @function encode
                 * @memberof aico.bus.v1.TraceContext
                 * @static
                 * @param {aico.bus.v1.TraceContext.$Properties} message TraceContext message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TraceContext.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.traceparent != null && $Object.hasOwnProperty.call(message, "traceparent") && message.traceparent !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.traceparent);
                    if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate") && message.tracestate !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.tracestate);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TraceContext message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.bus.v1.TraceContext
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.bus.v1.TraceContext & aico.bus.v1.TraceContext.$Shape} TraceContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TraceContext.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.bus.v1.TraceContext();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.traceparent = value;
                                else
                                    delete message.traceparent;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tracestate = value;
                                else
                                    delete message.tracestate;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TraceContext message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.bus.v1.TraceContext
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.bus.v1.TraceContext} TraceContext
                 */
                TraceContext.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.bus.v1.TraceContext)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.bus.v1.TraceContext: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.bus.v1.TraceContext();
                    if (object.traceparent != null)
                        if (typeof object.traceparent !== "string" || object.traceparent.length)
                            message.traceparent = $String(object.traceparent);
                    if (object.tracestate != null)
                        if (typeof object.tracestate !== "string" || object.tracestate.length)
                            message.tracestate = $String(object.tracestate);
                    return message;
                };

                /**
                 * Creates a plain object from a TraceContext message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.bus.v1.TraceContext
                 * @static
                 * @param {aico.bus.v1.TraceContext} message TraceContext
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TraceContext.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.traceparent = "";
                        object.tracestate = "";
                    }
                    if (message.traceparent != null && $Object.hasOwnProperty.call(message, "traceparent"))
                        object.traceparent = message.traceparent;
                    if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate"))
                        object.tracestate = message.tracestate;
                    return object;
                };

                /**
                 * Converts this TraceContext to JSON.
                 * @function toJSON
                 * @memberof aico.bus.v1.TraceContext
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TraceContext.prototype.toJSON = function() {
                    return TraceContext.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TraceContext
                 * @function getTypeUrl
                 * @memberof aico.bus.v1.TraceContext
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TraceContext.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.bus.v1.TraceContext";
                };

                return TraceContext;
            })();

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} aico.bus.v1.Envelope.$Properties
                 * @property {number|null} [envelopeVersion] Envelope envelopeVersion
                 * @property {string|null} [id] Envelope id
                 * @property {string|null} [correlationId] Envelope correlationId
                 * @property {string|null} [causationId] Envelope causationId
                 * @property {string|null} [sender] Envelope sender
                 * @property {string|null} [recipient] Envelope recipient
                 * @property {string|null} [topic] Envelope topic
                 * @property {aico.bus.v1.Kind|null} [kind] Envelope kind
                 * @property {string|null} [type] Envelope type
                 * @property {number|null} [schemaVersion] Envelope schemaVersion
                 * @property {number|null} [timestamp] Envelope timestamp
                 * @property {number|null} [deadline] Envelope deadline
                 * @property {number|null} [attempt] Envelope attempt
                 * @property {boolean|null} [durable] Envelope durable
                 * @property {aico.bus.v1.TraceContext.$Properties|null} [trace] Envelope trace
                 * @property {Uint8Array|null} [payload] Envelope payload
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof aico.bus.v1
                 * @interface IEnvelope
                 * @augments aico.bus.v1.Envelope.$Properties
                 * @deprecated Use aico.bus.v1.Envelope.$Properties instead.
                 */

                /**
                 * Shape of an Envelope.
                 * @typedef {aico.bus.v1.Envelope.$Properties} aico.bus.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof aico.bus.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {aico.bus.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope envelopeVersion.
                 * @member {number} envelopeVersion
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.envelopeVersion = 0;

                /**
                 * Envelope id.
                 * @member {string} id
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.id = "";

                /**
                 * Envelope correlationId.
                 * @member {string} correlationId
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.correlationId = "";

                /**
                 * Envelope causationId.
                 * @member {string} causationId
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.causationId = "";

                /**
                 * Envelope sender.
                 * @member {string} sender
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.sender = "";

                /**
                 * Envelope recipient.
                 * @member {string} recipient
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.recipient = "";

                /**
                 * Envelope topic.
                 * @member {string} topic
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.topic = "";

                /**
                 * Envelope kind.
                 * @member {aico.bus.v1.Kind} kind
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.kind = 0;

                /**
                 * Envelope type.
                 * @member {string} type
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.type = "";

                /**
                 * Envelope schemaVersion.
                 * @member {number} schemaVersion
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.schemaVersion = 0;

                /**
                 * Envelope timestamp.
                 * @member {number} timestamp
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.timestamp = 0;

                /**
                 * Envelope deadline.
                 * @member {number} deadline
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.deadline = 0;

                /**
                 * Envelope attempt.
                 * @member {number} attempt
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.attempt = 0;

                /**
                 * Envelope durable.
                 * @member {boolean} durable
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.durable = false;

                /**
                 * Envelope trace.
                 * @member {aico.bus.v1.TraceContext.$Properties|null|undefined} trace
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.trace = null;

                /**
                 * Envelope payload.
                 * @member {Uint8Array} payload
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.payload = $util.newBuffer([]);

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @function create
                 * @memberof aico.bus.v1.Envelope
                 * @static
                 * @param {aico.bus.v1.Envelope.$Properties=} [properties] Properties to set
                 * @returns {aico.bus.v1.Envelope} Envelope instance
                 * @type {{
                 *   (properties: aico.bus.v1.Envelope.$Shape): aico.bus.v1.Envelope & aico.bus.v1.Envelope.$Shape;
                 *   (properties?: aico.bus.v1.Envelope.$Properties): aico.bus.v1.Envelope;
                 * }}
                 */
                Envelope.create = function(properties) {
                    return new Envelope(properties);
                };

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link aico.bus.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof aico.bus.v1.Envelope
                 * @static
                 * @param {aico.bus.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.envelopeVersion != null && $Object.hasOwnProperty.call(message, "envelopeVersion") && message.envelopeVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.envelopeVersion);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                    if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.correlationId);
                    if (message.causationId != null && $Object.hasOwnProperty.call(message, "causationId") && message.causationId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.causationId);
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sender);
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.recipient);
                    if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.topic);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.kind);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.type);
                    if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.schemaVersion);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && !$Object.is(message.timestamp, 0))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.timestamp);
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline") && !$Object.is(message.deadline, 0))
                        writer.uint32(/* id 12, wireType 1 =*/97).double(message.deadline);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.attempt);
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable") && message.durable !== false)
                        writer.uint32(/* id 14, wireType 0 =*/112).bool(message.durable);
                    if (message.trace != null && $Object.hasOwnProperty.call(message, "trace"))
                        $root.aico.bus.v1.TraceContext.encode(message.trace, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                        writer.uint32(/* id 16, wireType 2 =*/130).bytes(message.payload);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.bus.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.bus.v1.Envelope & aico.bus.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.bus.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.envelopeVersion = value;
                                else
                                    delete message.envelopeVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.correlationId = value;
                                else
                                    delete message.correlationId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.causationId = value;
                                else
                                    delete message.causationId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.recipient = value;
                                else
                                    delete message.recipient;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.topic = value;
                                else
                                    delete message.topic;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.schemaVersion = value;
                                else
                                    delete message.schemaVersion;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.timestamp = value;
                                else
                                    delete message.timestamp;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.deadline = value;
                                else
                                    delete message.deadline;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.durable = value;
                                else
                                    delete message.durable;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.trace = $root.aico.bus.v1.TraceContext.decode(reader, reader.size(), $undefined, _depth + 1, message.trace);
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.payload = value;
                                else
                                    delete message.payload;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.bus.v1.Envelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.bus.v1.Envelope} Envelope
                 */
                Envelope.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.bus.v1.Envelope)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.bus.v1.Envelope: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.bus.v1.Envelope();
                    if (object.envelopeVersion != null)
                        if ($Number(object.envelopeVersion) !== 0)
                            message.envelopeVersion = object.envelopeVersion >>> 0;
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.correlationId != null)
                        if (typeof object.correlationId !== "string" || object.correlationId.length)
                            message.correlationId = $String(object.correlationId);
                    if (object.causationId != null)
                        if (typeof object.causationId !== "string" || object.causationId.length)
                            message.causationId = $String(object.causationId);
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.recipient != null)
                        if (typeof object.recipient !== "string" || object.recipient.length)
                            message.recipient = $String(object.recipient);
                    if (object.topic != null)
                        if (typeof object.topic !== "string" || object.topic.length)
                            message.topic = $String(object.topic);
                    if (object.kind !== 0 && (typeof object.kind !== "string" || $root.aico.bus.v1.Kind[object.kind] !== 0))
                        switch (object.kind) {
                        case "KIND_TELL":
                        case 0:
                            message.kind = 0;
                            break;
                        case "KIND_ASK":
                        case 1:
                            message.kind = 1;
                            break;
                        case "KIND_REPLY":
                        case 2:
                            message.kind = 2;
                            break;
                        case "KIND_PUBLISH":
                        case 3:
                            message.kind = 3;
                            break;
                        case "KIND_ACK":
                        case 4:
                            message.kind = 4;
                            break;
                        default:
                            if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                                message.kind = object.kind;
                        }
                    if (object.type != null)
                        if (typeof object.type !== "string" || object.type.length)
                            message.type = $String(object.type);
                    if (object.schemaVersion != null)
                        if ($Number(object.schemaVersion) !== 0)
                            message.schemaVersion = object.schemaVersion >>> 0;
                    if (object.timestamp != null)
                        if (!$Object.is($Number(object.timestamp), 0))
                            message.timestamp = $Number(object.timestamp);
                    if (object.deadline != null)
                        if (!$Object.is($Number(object.deadline), 0))
                            message.deadline = $Number(object.deadline);
                    if (object.attempt != null)
                        if ($Number(object.attempt) !== 0)
                            message.attempt = object.attempt >>> 0;
                    if (object.durable != null)
                        if (object.durable)
                            message.durable = $Boolean(object.durable);
                    if (object.trace != null) {
                        if (!$util.isObject(object.trace))
                            throw $TypeError(".aico.bus.v1.Envelope.trace: object expected");
                        message.trace = $root.aico.bus.v1.TraceContext.fromObject(object.trace, _depth + 1);
                    }
                    if (object.payload != null)
                        if (object.payload.length)
                            if (typeof object.payload === "string")
                                $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                            else if (object.payload.length >= 0)
                                message.payload = object.payload;
                    return message;
                };

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.bus.v1.Envelope
                 * @static
                 * @param {aico.bus.v1.Envelope} message Envelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Envelope.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.envelopeVersion = 0;
                        object.id = "";
                        object.correlationId = "";
                        object.causationId = "";
                        object.sender = "";
                        object.recipient = "";
                        object.topic = "";
                        object.kind = options.enums === $String ? "KIND_TELL" : 0;
                        object.type = "";
                        object.schemaVersion = 0;
                        object.timestamp = 0;
                        object.deadline = 0;
                        object.attempt = 0;
                        object.durable = false;
                        object.trace = null;
                        if (options.bytes === $String)
                            object.payload = "";
                        else {
                            object.payload = [];
                            if (options.bytes !== $Array)
                                object.payload = $util.newBuffer(object.payload);
                        }
                    }
                    if (message.envelopeVersion != null && $Object.hasOwnProperty.call(message, "envelopeVersion"))
                        object.envelopeVersion = message.envelopeVersion;
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId"))
                        object.correlationId = message.correlationId;
                    if (message.causationId != null && $Object.hasOwnProperty.call(message, "causationId"))
                        object.causationId = message.causationId;
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                        object.recipient = message.recipient;
                    if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === $String ? $root.aico.bus.v1.Kind[message.kind] === $undefined ? message.kind : $root.aico.bus.v1.Kind[message.kind] : message.kind;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                        object.schemaVersion = message.schemaVersion;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = options.json && !$isFinite(message.timestamp) ? $String(message.timestamp) : message.timestamp;
                    if (message.deadline != null && $Object.hasOwnProperty.call(message, "deadline"))
                        object.deadline = options.json && !$isFinite(message.deadline) ? $String(message.deadline) : message.deadline;
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        object.attempt = message.attempt;
                    if (message.durable != null && $Object.hasOwnProperty.call(message, "durable"))
                        object.durable = message.durable;
                    if (message.trace != null && $Object.hasOwnProperty.call(message, "trace"))
                        object.trace = $root.aico.bus.v1.TraceContext.toObject(message.trace, options, _depth + 1);
                    if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                        object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                    return object;
                };

                /**
                 * Converts this Envelope to JSON.
                 * @function toJSON
                 * @memberof aico.bus.v1.Envelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Envelope.prototype.toJSON = function() {
                    return Envelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Envelope
                 * @function getTypeUrl
                 * @memberof aico.bus.v1.Envelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Envelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.bus.v1.Envelope";
                };

                return Envelope;
            })();

            v1.Failure = (function() {

                /**
                 * Properties of a Failure.
                 * @typedef {Object} aico.bus.v1.Failure.$Properties
                 * @property {string|null} [tag] Failure tag
                 * @property {string|null} [message] Failure message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Failure.
                 * @memberof aico.bus.v1
                 * @interface IFailure
                 * @augments aico.bus.v1.Failure.$Properties
                 * @deprecated Use aico.bus.v1.Failure.$Properties instead.
                 */

                /**
                 * Shape of a Failure.
                 * @typedef {aico.bus.v1.Failure.$Properties} aico.bus.v1.Failure.$Shape
                 */

                /**
                 * Constructs a new Failure.
                 * @memberof aico.bus.v1
                 * @classdesc Represents a Failure.
                 * @constructor
                 * @param {aico.bus.v1.Failure.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Failure = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Failure tag.
                 * @member {string} tag
                 * @memberof aico.bus.v1.Failure
                 * @instance
                 */
                Failure.prototype.tag = "";

                /**
                 * Failure message.
                 * @member {string} message
                 * @memberof aico.bus.v1.Failure
                 * @instance
                 */
                Failure.prototype.message = "";

                /**
                 * Creates a new Failure instance using the specified properties.
                 * @function create
                 * @memberof aico.bus.v1.Failure
                 * @static
                 * @param {aico.bus.v1.Failure.$Properties=} [properties] Properties to set
                 * @returns {aico.bus.v1.Failure} Failure instance
                 * @type {{
                 *   (properties: aico.bus.v1.Failure.$Shape): aico.bus.v1.Failure & aico.bus.v1.Failure.$Shape;
                 *   (properties?: aico.bus.v1.Failure.$Properties): aico.bus.v1.Failure;
                 * }}
                 */
                Failure.create = function(properties) {
                    return new Failure(properties);
                };

                /**
                 * Encodes the specified Failure message. Does not implicitly {@link aico.bus.v1.Failure.verify|verify} messages.
                 * @function encode
                 * @memberof aico.bus.v1.Failure
                 * @static
                 * @param {aico.bus.v1.Failure.$Properties} message Failure message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Failure.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Failure message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.bus.v1.Failure
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.bus.v1.Failure & aico.bus.v1.Failure.$Shape} Failure
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Failure.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.bus.v1.Failure();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tag = value;
                                else
                                    delete message.tag;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Failure message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.bus.v1.Failure
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.bus.v1.Failure} Failure
                 */
                Failure.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.bus.v1.Failure)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.bus.v1.Failure: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.bus.v1.Failure();
                    if (object.tag != null)
                        if (typeof object.tag !== "string" || object.tag.length)
                            message.tag = $String(object.tag);
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from a Failure message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.bus.v1.Failure
                 * @static
                 * @param {aico.bus.v1.Failure} message Failure
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Failure.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.tag = "";
                        object.message = "";
                    }
                    if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                        object.tag = message.tag;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this Failure to JSON.
                 * @function toJSON
                 * @memberof aico.bus.v1.Failure
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Failure.prototype.toJSON = function() {
                    return Failure.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Failure
                 * @function getTypeUrl
                 * @memberof aico.bus.v1.Failure
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Failure.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.bus.v1.Failure";
                };

                return Failure;
            })();

            v1.SupervisionEvent = (function() {

                /**
                 * Properties of a SupervisionEvent.
                 * @typedef {Object} aico.bus.v1.SupervisionEvent.$Properties
                 * @property {string|null} [supervisor] SupervisionEvent supervisor
                 * @property {string|null} [child] SupervisionEvent child
                 * @property {string|null} [directive] SupervisionEvent directive
                 * @property {string|null} [reason] SupervisionEvent reason
                 * @property {number|null} [restarts] SupervisionEvent restarts
                 * @property {number|null} [at] SupervisionEvent at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SupervisionEvent.
                 * @memberof aico.bus.v1
                 * @interface ISupervisionEvent
                 * @augments aico.bus.v1.SupervisionEvent.$Properties
                 * @deprecated Use aico.bus.v1.SupervisionEvent.$Properties instead.
                 */

                /**
                 * Shape of a SupervisionEvent.
                 * @typedef {aico.bus.v1.SupervisionEvent.$Properties} aico.bus.v1.SupervisionEvent.$Shape
                 */

                /**
                 * Constructs a new SupervisionEvent.
                 * @memberof aico.bus.v1
                 * @classdesc Represents a SupervisionEvent.
                 * @constructor
                 * @param {aico.bus.v1.SupervisionEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SupervisionEvent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SupervisionEvent supervisor.
                 * @member {string} supervisor
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 */
                SupervisionEvent.prototype.supervisor = "";

                /**
                 * SupervisionEvent child.
                 * @member {string} child
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 */
                SupervisionEvent.prototype.child = "";

                /**
                 * SupervisionEvent directive.
                 * @member {string} directive
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 */
                SupervisionEvent.prototype.directive = "";

                /**
                 * SupervisionEvent reason.
                 * @member {string} reason
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 */
                SupervisionEvent.prototype.reason = "";

                /**
                 * SupervisionEvent restarts.
                 * @member {number} restarts
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 */
                SupervisionEvent.prototype.restarts = 0;

                /**
                 * SupervisionEvent at.
                 * @member {number} at
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 */
                SupervisionEvent.prototype.at = 0;

                /**
                 * Creates a new SupervisionEvent instance using the specified properties.
                 * @function create
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @static
                 * @param {aico.bus.v1.SupervisionEvent.$Properties=} [properties] Properties to set
                 * @returns {aico.bus.v1.SupervisionEvent} SupervisionEvent instance
                 * @type {{
                 *   (properties: aico.bus.v1.SupervisionEvent.$Shape): aico.bus.v1.SupervisionEvent & aico.bus.v1.SupervisionEvent.$Shape;
                 *   (properties?: aico.bus.v1.SupervisionEvent.$Properties): aico.bus.v1.SupervisionEvent;
                 * }}
                 */
                SupervisionEvent.create = function(properties) {
                    return new SupervisionEvent(properties);
                };

                /**
                 * Encodes the specified SupervisionEvent message. Does not implicitly {@link aico.bus.v1.SupervisionEvent.verify|verify} messages.
                 * @function encode
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @static
                 * @param {aico.bus.v1.SupervisionEvent.$Properties} message SupervisionEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SupervisionEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.supervisor != null && $Object.hasOwnProperty.call(message, "supervisor") && message.supervisor !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.supervisor);
                    if (message.child != null && $Object.hasOwnProperty.call(message, "child") && message.child !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.child);
                    if (message.directive != null && $Object.hasOwnProperty.call(message, "directive") && message.directive !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.directive);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.restarts);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SupervisionEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.bus.v1.SupervisionEvent & aico.bus.v1.SupervisionEvent.$Shape} SupervisionEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SupervisionEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.bus.v1.SupervisionEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supervisor = value;
                                else
                                    delete message.supervisor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.child = value;
                                else
                                    delete message.child;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.directive = value;
                                else
                                    delete message.directive;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.restarts = value;
                                else
                                    delete message.restarts;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SupervisionEvent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.bus.v1.SupervisionEvent} SupervisionEvent
                 */
                SupervisionEvent.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.bus.v1.SupervisionEvent)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.bus.v1.SupervisionEvent: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.bus.v1.SupervisionEvent();
                    if (object.supervisor != null)
                        if (typeof object.supervisor !== "string" || object.supervisor.length)
                            message.supervisor = $String(object.supervisor);
                    if (object.child != null)
                        if (typeof object.child !== "string" || object.child.length)
                            message.child = $String(object.child);
                    if (object.directive != null)
                        if (typeof object.directive !== "string" || object.directive.length)
                            message.directive = $String(object.directive);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.restarts != null)
                        if ($Number(object.restarts) !== 0)
                            message.restarts = object.restarts >>> 0;
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from a SupervisionEvent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @static
                 * @param {aico.bus.v1.SupervisionEvent} message SupervisionEvent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SupervisionEvent.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.supervisor = "";
                        object.child = "";
                        object.directive = "";
                        object.reason = "";
                        object.restarts = 0;
                        object.at = 0;
                    }
                    if (message.supervisor != null && $Object.hasOwnProperty.call(message, "supervisor"))
                        object.supervisor = message.supervisor;
                    if (message.child != null && $Object.hasOwnProperty.call(message, "child"))
                        object.child = message.child;
                    if (message.directive != null && $Object.hasOwnProperty.call(message, "directive"))
                        object.directive = message.directive;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                        object.restarts = message.restarts;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this SupervisionEvent to JSON.
                 * @function toJSON
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SupervisionEvent.prototype.toJSON = function() {
                    return SupervisionEvent.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SupervisionEvent
                 * @function getTypeUrl
                 * @memberof aico.bus.v1.SupervisionEvent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SupervisionEvent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.bus.v1.SupervisionEvent";
                };

                return SupervisionEvent;
            })();

            v1.Done = (function() {

                /**
                 * Properties of a Done.
                 * @typedef {Object} aico.bus.v1.Done.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Done.
                 * @memberof aico.bus.v1
                 * @interface IDone
                 * @augments aico.bus.v1.Done.$Properties
                 * @deprecated Use aico.bus.v1.Done.$Properties instead.
                 */

                /**
                 * Shape of a Done.
                 * @typedef {aico.bus.v1.Done.$Properties} aico.bus.v1.Done.$Shape
                 */

                /**
                 * Constructs a new Done.
                 * @memberof aico.bus.v1
                 * @classdesc Represents a Done.
                 * @constructor
                 * @param {aico.bus.v1.Done.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Done = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Done instance using the specified properties.
                 * @function create
                 * @memberof aico.bus.v1.Done
                 * @static
                 * @param {aico.bus.v1.Done.$Properties=} [properties] Properties to set
                 * @returns {aico.bus.v1.Done} Done instance
                 * @type {{
                 *   (properties: aico.bus.v1.Done.$Shape): aico.bus.v1.Done & aico.bus.v1.Done.$Shape;
                 *   (properties?: aico.bus.v1.Done.$Properties): aico.bus.v1.Done;
                 * }}
                 */
                Done.create = function(properties) {
                    return new Done(properties);
                };

                /**
                 * Encodes the specified Done message. Does not implicitly {@link aico.bus.v1.Done.verify|verify} messages.
                 * @function encode
                 * @memberof aico.bus.v1.Done
                 * @static
                 * @param {aico.bus.v1.Done.$Properties} message Done message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Done.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Done message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.bus.v1.Done
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.bus.v1.Done & aico.bus.v1.Done.$Shape} Done
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Done.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.bus.v1.Done();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Done message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.bus.v1.Done
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.bus.v1.Done} Done
                 */
                Done.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.bus.v1.Done)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.bus.v1.Done: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.aico.bus.v1.Done();
                };

                /**
                 * Creates a plain object from a Done message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.bus.v1.Done
                 * @static
                 * @param {aico.bus.v1.Done} message Done
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Done.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Done to JSON.
                 * @function toJSON
                 * @memberof aico.bus.v1.Done
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Done.prototype.toJSON = function() {
                    return Done.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Done
                 * @function getTypeUrl
                 * @memberof aico.bus.v1.Done
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Done.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.bus.v1.Done";
                };

                return Done;
            })();

            return v1;
        })();

        return bus;
    })();

    aico.conversation = (function() {

        /**
         * Namespace conversation.
         * @memberof aico
         * @namespace
         */
        const conversation = {};

        conversation.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.conversation
             * @namespace
             */
            const v1 = {};

            v1.Send = (function() {

                /**
                 * Properties of a Send.
                 * @typedef {Object} aico.conversation.v1.Send.$Properties
                 * @property {string|null} [requestId] Send requestId
                 * @property {string|null} [userId] Send userId
                 * @property {string|null} [conversationId] Send conversationId
                 * @property {string|null} [text] Send text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Send.
                 * @memberof aico.conversation.v1
                 * @interface ISend
                 * @augments aico.conversation.v1.Send.$Properties
                 * @deprecated Use aico.conversation.v1.Send.$Properties instead.
                 */

                /**
                 * Shape of a Send.
                 * @typedef {aico.conversation.v1.Send.$Properties} aico.conversation.v1.Send.$Shape
                 */

                /**
                 * Constructs a new Send.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a Send.
                 * @constructor
                 * @param {aico.conversation.v1.Send.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Send = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Send requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.Send
                 * @instance
                 */
                Send.prototype.requestId = "";

                /**
                 * Send userId.
                 * @member {string} userId
                 * @memberof aico.conversation.v1.Send
                 * @instance
                 */
                Send.prototype.userId = "";

                /**
                 * Send conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.Send
                 * @instance
                 */
                Send.prototype.conversationId = "";

                /**
                 * Send text.
                 * @member {string} text
                 * @memberof aico.conversation.v1.Send
                 * @instance
                 */
                Send.prototype.text = "";

                /**
                 * Creates a new Send instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.Send
                 * @static
                 * @param {aico.conversation.v1.Send.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.Send} Send instance
                 * @type {{
                 *   (properties: aico.conversation.v1.Send.$Shape): aico.conversation.v1.Send & aico.conversation.v1.Send.$Shape;
                 *   (properties?: aico.conversation.v1.Send.$Properties): aico.conversation.v1.Send;
                 * }}
                 */
                Send.create = function(properties) {
                    return new Send(properties);
                };

                /**
                 * Encodes the specified Send message. Does not implicitly {@link aico.conversation.v1.Send.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.Send
                 * @static
                 * @param {aico.conversation.v1.Send.$Properties} message Send message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Send.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.conversationId);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Send message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.Send
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Send & aico.conversation.v1.Send.$Shape} Send
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Send.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.Send();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Send message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.Send
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.Send} Send
                 */
                Send.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.Send)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.Send: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.Send();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a Send message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.Send
                 * @static
                 * @param {aico.conversation.v1.Send} message Send
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Send.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.userId = "";
                        object.conversationId = "";
                        object.text = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this Send to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.Send
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Send.prototype.toJSON = function() {
                    return Send.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Send
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.Send
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Send.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.Send";
                };

                return Send;
            })();

            v1.Regenerate = (function() {

                /**
                 * Properties of a Regenerate.
                 * @typedef {Object} aico.conversation.v1.Regenerate.$Properties
                 * @property {string|null} [requestId] Regenerate requestId
                 * @property {string|null} [userId] Regenerate userId
                 * @property {string|null} [conversationId] Regenerate conversationId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Regenerate.
                 * @memberof aico.conversation.v1
                 * @interface IRegenerate
                 * @augments aico.conversation.v1.Regenerate.$Properties
                 * @deprecated Use aico.conversation.v1.Regenerate.$Properties instead.
                 */

                /**
                 * Shape of a Regenerate.
                 * @typedef {aico.conversation.v1.Regenerate.$Properties} aico.conversation.v1.Regenerate.$Shape
                 */

                /**
                 * Constructs a new Regenerate.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a Regenerate.
                 * @constructor
                 * @param {aico.conversation.v1.Regenerate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Regenerate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Regenerate requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.Regenerate
                 * @instance
                 */
                Regenerate.prototype.requestId = "";

                /**
                 * Regenerate userId.
                 * @member {string} userId
                 * @memberof aico.conversation.v1.Regenerate
                 * @instance
                 */
                Regenerate.prototype.userId = "";

                /**
                 * Regenerate conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.Regenerate
                 * @instance
                 */
                Regenerate.prototype.conversationId = "";

                /**
                 * Creates a new Regenerate instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.Regenerate
                 * @static
                 * @param {aico.conversation.v1.Regenerate.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.Regenerate} Regenerate instance
                 * @type {{
                 *   (properties: aico.conversation.v1.Regenerate.$Shape): aico.conversation.v1.Regenerate & aico.conversation.v1.Regenerate.$Shape;
                 *   (properties?: aico.conversation.v1.Regenerate.$Properties): aico.conversation.v1.Regenerate;
                 * }}
                 */
                Regenerate.create = function(properties) {
                    return new Regenerate(properties);
                };

                /**
                 * Encodes the specified Regenerate message. Does not implicitly {@link aico.conversation.v1.Regenerate.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.Regenerate
                 * @static
                 * @param {aico.conversation.v1.Regenerate.$Properties} message Regenerate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Regenerate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.conversationId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Regenerate message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.Regenerate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Regenerate & aico.conversation.v1.Regenerate.$Shape} Regenerate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Regenerate.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.Regenerate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Regenerate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.Regenerate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.Regenerate} Regenerate
                 */
                Regenerate.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.Regenerate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.Regenerate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.Regenerate();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    return message;
                };

                /**
                 * Creates a plain object from a Regenerate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.Regenerate
                 * @static
                 * @param {aico.conversation.v1.Regenerate} message Regenerate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Regenerate.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.userId = "";
                        object.conversationId = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    return object;
                };

                /**
                 * Converts this Regenerate to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.Regenerate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Regenerate.prototype.toJSON = function() {
                    return Regenerate.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Regenerate
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.Regenerate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Regenerate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.Regenerate";
                };

                return Regenerate;
            })();

            v1.Stop = (function() {

                /**
                 * Properties of a Stop.
                 * @typedef {Object} aico.conversation.v1.Stop.$Properties
                 * @property {string|null} [requestId] Stop requestId
                 * @property {string|null} [conversationId] Stop conversationId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Stop.
                 * @memberof aico.conversation.v1
                 * @interface IStop
                 * @augments aico.conversation.v1.Stop.$Properties
                 * @deprecated Use aico.conversation.v1.Stop.$Properties instead.
                 */

                /**
                 * Shape of a Stop.
                 * @typedef {aico.conversation.v1.Stop.$Properties} aico.conversation.v1.Stop.$Shape
                 */

                /**
                 * Constructs a new Stop.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a Stop.
                 * @constructor
                 * @param {aico.conversation.v1.Stop.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Stop = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Stop requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.Stop
                 * @instance
                 */
                Stop.prototype.requestId = "";

                /**
                 * Stop conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.Stop
                 * @instance
                 */
                Stop.prototype.conversationId = "";

                /**
                 * Creates a new Stop instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.Stop
                 * @static
                 * @param {aico.conversation.v1.Stop.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.Stop} Stop instance
                 * @type {{
                 *   (properties: aico.conversation.v1.Stop.$Shape): aico.conversation.v1.Stop & aico.conversation.v1.Stop.$Shape;
                 *   (properties?: aico.conversation.v1.Stop.$Properties): aico.conversation.v1.Stop;
                 * }}
                 */
                Stop.create = function(properties) {
                    return new Stop(properties);
                };

                /**
                 * Encodes the specified Stop message. Does not implicitly {@link aico.conversation.v1.Stop.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.Stop
                 * @static
                 * @param {aico.conversation.v1.Stop.$Properties} message Stop message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Stop.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Stop message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.Stop
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Stop & aico.conversation.v1.Stop.$Shape} Stop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Stop.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.Stop();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Stop message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.Stop
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.Stop} Stop
                 */
                Stop.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.Stop)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.Stop: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.Stop();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    return message;
                };

                /**
                 * Creates a plain object from a Stop message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.Stop
                 * @static
                 * @param {aico.conversation.v1.Stop} message Stop
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Stop.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.conversationId = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    return object;
                };

                /**
                 * Converts this Stop to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.Stop
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Stop.prototype.toJSON = function() {
                    return Stop.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Stop
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.Stop
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Stop.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.Stop";
                };

                return Stop;
            })();

            v1.Feedback = (function() {

                /**
                 * Properties of a Feedback.
                 * @typedef {Object} aico.conversation.v1.Feedback.$Properties
                 * @property {string|null} [messageId] Feedback messageId
                 * @property {string|null} [userId] Feedback userId
                 * @property {string|null} [rating] Feedback rating
                 * @property {string|null} [comment] Feedback comment
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Feedback.
                 * @memberof aico.conversation.v1
                 * @interface IFeedback
                 * @augments aico.conversation.v1.Feedback.$Properties
                 * @deprecated Use aico.conversation.v1.Feedback.$Properties instead.
                 */

                /**
                 * Shape of a Feedback.
                 * @typedef {aico.conversation.v1.Feedback.$Properties} aico.conversation.v1.Feedback.$Shape
                 */

                /**
                 * Constructs a new Feedback.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a Feedback.
                 * @constructor
                 * @param {aico.conversation.v1.Feedback.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Feedback = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Feedback messageId.
                 * @member {string} messageId
                 * @memberof aico.conversation.v1.Feedback
                 * @instance
                 */
                Feedback.prototype.messageId = "";

                /**
                 * Feedback userId.
                 * @member {string} userId
                 * @memberof aico.conversation.v1.Feedback
                 * @instance
                 */
                Feedback.prototype.userId = "";

                /**
                 * Feedback rating.
                 * @member {string} rating
                 * @memberof aico.conversation.v1.Feedback
                 * @instance
                 */
                Feedback.prototype.rating = "";

                /**
                 * Feedback comment.
                 * @member {string} comment
                 * @memberof aico.conversation.v1.Feedback
                 * @instance
                 */
                Feedback.prototype.comment = "";

                /**
                 * Creates a new Feedback instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.Feedback
                 * @static
                 * @param {aico.conversation.v1.Feedback.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.Feedback} Feedback instance
                 * @type {{
                 *   (properties: aico.conversation.v1.Feedback.$Shape): aico.conversation.v1.Feedback & aico.conversation.v1.Feedback.$Shape;
                 *   (properties?: aico.conversation.v1.Feedback.$Properties): aico.conversation.v1.Feedback;
                 * }}
                 */
                Feedback.create = function(properties) {
                    return new Feedback(properties);
                };

                /**
                 * Encodes the specified Feedback message. Does not implicitly {@link aico.conversation.v1.Feedback.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.Feedback
                 * @static
                 * @param {aico.conversation.v1.Feedback.$Properties} message Feedback message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Feedback.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.rating != null && $Object.hasOwnProperty.call(message, "rating") && message.rating !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rating);
                    if (message.comment != null && $Object.hasOwnProperty.call(message, "comment") && message.comment !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.comment);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Feedback message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.Feedback
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Feedback & aico.conversation.v1.Feedback.$Shape} Feedback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Feedback.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.Feedback();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rating = value;
                                else
                                    delete message.rating;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.comment = value;
                                else
                                    delete message.comment;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Feedback message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.Feedback
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.Feedback} Feedback
                 */
                Feedback.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.Feedback)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.Feedback: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.Feedback();
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.rating != null)
                        if (typeof object.rating !== "string" || object.rating.length)
                            message.rating = $String(object.rating);
                    if (object.comment != null)
                        if (typeof object.comment !== "string" || object.comment.length)
                            message.comment = $String(object.comment);
                    return message;
                };

                /**
                 * Creates a plain object from a Feedback message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.Feedback
                 * @static
                 * @param {aico.conversation.v1.Feedback} message Feedback
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Feedback.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.messageId = "";
                        object.userId = "";
                        object.rating = "";
                        object.comment = "";
                    }
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.rating != null && $Object.hasOwnProperty.call(message, "rating"))
                        object.rating = message.rating;
                    if (message.comment != null && $Object.hasOwnProperty.call(message, "comment"))
                        object.comment = message.comment;
                    return object;
                };

                /**
                 * Converts this Feedback to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.Feedback
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Feedback.prototype.toJSON = function() {
                    return Feedback.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Feedback
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.Feedback
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Feedback.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.Feedback";
                };

                return Feedback;
            })();

            v1.Accepted = (function() {

                /**
                 * Properties of an Accepted.
                 * @typedef {Object} aico.conversation.v1.Accepted.$Properties
                 * @property {string|null} [requestId] Accepted requestId
                 * @property {string|null} [conversationId] Accepted conversationId
                 * @property {string|null} [messageId] Accepted messageId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Accepted.
                 * @memberof aico.conversation.v1
                 * @interface IAccepted
                 * @augments aico.conversation.v1.Accepted.$Properties
                 * @deprecated Use aico.conversation.v1.Accepted.$Properties instead.
                 */

                /**
                 * Shape of an Accepted.
                 * @typedef {aico.conversation.v1.Accepted.$Properties} aico.conversation.v1.Accepted.$Shape
                 */

                /**
                 * Constructs a new Accepted.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents an Accepted.
                 * @constructor
                 * @param {aico.conversation.v1.Accepted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Accepted = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Accepted requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.Accepted
                 * @instance
                 */
                Accepted.prototype.requestId = "";

                /**
                 * Accepted conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.Accepted
                 * @instance
                 */
                Accepted.prototype.conversationId = "";

                /**
                 * Accepted messageId.
                 * @member {string} messageId
                 * @memberof aico.conversation.v1.Accepted
                 * @instance
                 */
                Accepted.prototype.messageId = "";

                /**
                 * Creates a new Accepted instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.Accepted
                 * @static
                 * @param {aico.conversation.v1.Accepted.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.Accepted} Accepted instance
                 * @type {{
                 *   (properties: aico.conversation.v1.Accepted.$Shape): aico.conversation.v1.Accepted & aico.conversation.v1.Accepted.$Shape;
                 *   (properties?: aico.conversation.v1.Accepted.$Properties): aico.conversation.v1.Accepted;
                 * }}
                 */
                Accepted.create = function(properties) {
                    return new Accepted(properties);
                };

                /**
                 * Encodes the specified Accepted message. Does not implicitly {@link aico.conversation.v1.Accepted.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.Accepted
                 * @static
                 * @param {aico.conversation.v1.Accepted.$Properties} message Accepted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Accepted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.messageId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Accepted message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.Accepted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Accepted & aico.conversation.v1.Accepted.$Shape} Accepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Accepted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.Accepted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an Accepted message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.Accepted
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.Accepted} Accepted
                 */
                Accepted.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.Accepted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.Accepted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.Accepted();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    return message;
                };

                /**
                 * Creates a plain object from an Accepted message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.Accepted
                 * @static
                 * @param {aico.conversation.v1.Accepted} message Accepted
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Accepted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.conversationId = "";
                        object.messageId = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    return object;
                };

                /**
                 * Converts this Accepted to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.Accepted
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Accepted.prototype.toJSON = function() {
                    return Accepted.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Accepted
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.Accepted
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Accepted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.Accepted";
                };

                return Accepted;
            })();

            v1.ReplyDelta = (function() {

                /**
                 * Properties of a ReplyDelta.
                 * @typedef {Object} aico.conversation.v1.ReplyDelta.$Properties
                 * @property {string|null} [requestId] ReplyDelta requestId
                 * @property {string|null} [conversationId] ReplyDelta conversationId
                 * @property {number|null} [seq] ReplyDelta seq
                 * @property {string|null} [text] ReplyDelta text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplyDelta.
                 * @memberof aico.conversation.v1
                 * @interface IReplyDelta
                 * @augments aico.conversation.v1.ReplyDelta.$Properties
                 * @deprecated Use aico.conversation.v1.ReplyDelta.$Properties instead.
                 */

                /**
                 * Shape of a ReplyDelta.
                 * @typedef {aico.conversation.v1.ReplyDelta.$Properties} aico.conversation.v1.ReplyDelta.$Shape
                 */

                /**
                 * Constructs a new ReplyDelta.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a ReplyDelta.
                 * @constructor
                 * @param {aico.conversation.v1.ReplyDelta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplyDelta = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplyDelta requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @instance
                 */
                ReplyDelta.prototype.requestId = "";

                /**
                 * ReplyDelta conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @instance
                 */
                ReplyDelta.prototype.conversationId = "";

                /**
                 * ReplyDelta seq.
                 * @member {number} seq
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @instance
                 */
                ReplyDelta.prototype.seq = 0;

                /**
                 * ReplyDelta text.
                 * @member {string} text
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @instance
                 */
                ReplyDelta.prototype.text = "";

                /**
                 * Creates a new ReplyDelta instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @static
                 * @param {aico.conversation.v1.ReplyDelta.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.ReplyDelta} ReplyDelta instance
                 * @type {{
                 *   (properties: aico.conversation.v1.ReplyDelta.$Shape): aico.conversation.v1.ReplyDelta & aico.conversation.v1.ReplyDelta.$Shape;
                 *   (properties?: aico.conversation.v1.ReplyDelta.$Properties): aico.conversation.v1.ReplyDelta;
                 * }}
                 */
                ReplyDelta.create = function(properties) {
                    return new ReplyDelta(properties);
                };

                /**
                 * Encodes the specified ReplyDelta message. Does not implicitly {@link aico.conversation.v1.ReplyDelta.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @static
                 * @param {aico.conversation.v1.ReplyDelta.$Properties} message ReplyDelta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplyDelta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.seq);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReplyDelta message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.ReplyDelta & aico.conversation.v1.ReplyDelta.$Shape} ReplyDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplyDelta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.ReplyDelta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ReplyDelta message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.ReplyDelta} ReplyDelta
                 */
                ReplyDelta.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.ReplyDelta)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.ReplyDelta: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.ReplyDelta();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a ReplyDelta message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @static
                 * @param {aico.conversation.v1.ReplyDelta} message ReplyDelta
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplyDelta.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.conversationId = "";
                        object.seq = 0;
                        object.text = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this ReplyDelta to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplyDelta.prototype.toJSON = function() {
                    return ReplyDelta.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplyDelta
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.ReplyDelta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplyDelta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.ReplyDelta";
                };

                return ReplyDelta;
            })();

            v1.ReplyDone = (function() {

                /**
                 * Properties of a ReplyDone.
                 * @typedef {Object} aico.conversation.v1.ReplyDone.$Properties
                 * @property {string|null} [requestId] ReplyDone requestId
                 * @property {string|null} [conversationId] ReplyDone conversationId
                 * @property {string|null} [messageId] ReplyDone messageId
                 * @property {string|null} [text] ReplyDone text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplyDone.
                 * @memberof aico.conversation.v1
                 * @interface IReplyDone
                 * @augments aico.conversation.v1.ReplyDone.$Properties
                 * @deprecated Use aico.conversation.v1.ReplyDone.$Properties instead.
                 */

                /**
                 * Shape of a ReplyDone.
                 * @typedef {aico.conversation.v1.ReplyDone.$Properties} aico.conversation.v1.ReplyDone.$Shape
                 */

                /**
                 * Constructs a new ReplyDone.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a ReplyDone.
                 * @constructor
                 * @param {aico.conversation.v1.ReplyDone.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplyDone = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplyDone requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.ReplyDone
                 * @instance
                 */
                ReplyDone.prototype.requestId = "";

                /**
                 * ReplyDone conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.ReplyDone
                 * @instance
                 */
                ReplyDone.prototype.conversationId = "";

                /**
                 * ReplyDone messageId.
                 * @member {string} messageId
                 * @memberof aico.conversation.v1.ReplyDone
                 * @instance
                 */
                ReplyDone.prototype.messageId = "";

                /**
                 * ReplyDone text.
                 * @member {string} text
                 * @memberof aico.conversation.v1.ReplyDone
                 * @instance
                 */
                ReplyDone.prototype.text = "";

                /**
                 * Creates a new ReplyDone instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.ReplyDone
                 * @static
                 * @param {aico.conversation.v1.ReplyDone.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.ReplyDone} ReplyDone instance
                 * @type {{
                 *   (properties: aico.conversation.v1.ReplyDone.$Shape): aico.conversation.v1.ReplyDone & aico.conversation.v1.ReplyDone.$Shape;
                 *   (properties?: aico.conversation.v1.ReplyDone.$Properties): aico.conversation.v1.ReplyDone;
                 * }}
                 */
                ReplyDone.create = function(properties) {
                    return new ReplyDone(properties);
                };

                /**
                 * Encodes the specified ReplyDone message. Does not implicitly {@link aico.conversation.v1.ReplyDone.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.ReplyDone
                 * @static
                 * @param {aico.conversation.v1.ReplyDone.$Properties} message ReplyDone message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplyDone.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.messageId);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReplyDone message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.ReplyDone
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.ReplyDone & aico.conversation.v1.ReplyDone.$Shape} ReplyDone
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplyDone.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.ReplyDone();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ReplyDone message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.ReplyDone
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.ReplyDone} ReplyDone
                 */
                ReplyDone.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.ReplyDone)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.ReplyDone: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.ReplyDone();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.messageId != null)
                        if (typeof object.messageId !== "string" || object.messageId.length)
                            message.messageId = $String(object.messageId);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a ReplyDone message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.ReplyDone
                 * @static
                 * @param {aico.conversation.v1.ReplyDone} message ReplyDone
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplyDone.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.conversationId = "";
                        object.messageId = "";
                        object.text = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        object.messageId = message.messageId;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this ReplyDone to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.ReplyDone
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplyDone.prototype.toJSON = function() {
                    return ReplyDone.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplyDone
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.ReplyDone
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplyDone.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.ReplyDone";
                };

                return ReplyDone;
            })();

            v1.ReplyFailed = (function() {

                /**
                 * Properties of a ReplyFailed.
                 * @typedef {Object} aico.conversation.v1.ReplyFailed.$Properties
                 * @property {string|null} [requestId] ReplyFailed requestId
                 * @property {string|null} [conversationId] ReplyFailed conversationId
                 * @property {string|null} [code] ReplyFailed code
                 * @property {string|null} [reason] ReplyFailed reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplyFailed.
                 * @memberof aico.conversation.v1
                 * @interface IReplyFailed
                 * @augments aico.conversation.v1.ReplyFailed.$Properties
                 * @deprecated Use aico.conversation.v1.ReplyFailed.$Properties instead.
                 */

                /**
                 * Shape of a ReplyFailed.
                 * @typedef {aico.conversation.v1.ReplyFailed.$Properties} aico.conversation.v1.ReplyFailed.$Shape
                 */

                /**
                 * Constructs a new ReplyFailed.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a ReplyFailed.
                 * @constructor
                 * @param {aico.conversation.v1.ReplyFailed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplyFailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplyFailed requestId.
                 * @member {string} requestId
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @instance
                 */
                ReplyFailed.prototype.requestId = "";

                /**
                 * ReplyFailed conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @instance
                 */
                ReplyFailed.prototype.conversationId = "";

                /**
                 * ReplyFailed code.
                 * @member {string} code
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @instance
                 */
                ReplyFailed.prototype.code = "";

                /**
                 * ReplyFailed reason.
                 * @member {string} reason
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @instance
                 */
                ReplyFailed.prototype.reason = "";

                /**
                 * Creates a new ReplyFailed instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @static
                 * @param {aico.conversation.v1.ReplyFailed.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.ReplyFailed} ReplyFailed instance
                 * @type {{
                 *   (properties: aico.conversation.v1.ReplyFailed.$Shape): aico.conversation.v1.ReplyFailed & aico.conversation.v1.ReplyFailed.$Shape;
                 *   (properties?: aico.conversation.v1.ReplyFailed.$Properties): aico.conversation.v1.ReplyFailed;
                 * }}
                 */
                ReplyFailed.create = function(properties) {
                    return new ReplyFailed(properties);
                };

                /**
                 * Encodes the specified ReplyFailed message. Does not implicitly {@link aico.conversation.v1.ReplyFailed.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @static
                 * @param {aico.conversation.v1.ReplyFailed.$Properties} message ReplyFailed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplyFailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.conversationId);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReplyFailed message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.ReplyFailed & aico.conversation.v1.ReplyFailed.$Shape} ReplyFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplyFailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.ReplyFailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ReplyFailed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.ReplyFailed} ReplyFailed
                 */
                ReplyFailed.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.ReplyFailed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.ReplyFailed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.ReplyFailed();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a ReplyFailed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @static
                 * @param {aico.conversation.v1.ReplyFailed} message ReplyFailed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplyFailed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.conversationId = "";
                        object.code = "";
                        object.reason = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this ReplyFailed to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplyFailed.prototype.toJSON = function() {
                    return ReplyFailed.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplyFailed
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.ReplyFailed
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplyFailed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.ReplyFailed";
                };

                return ReplyFailed;
            })();

            v1.TurnCompleted = (function() {

                /**
                 * Properties of a TurnCompleted.
                 * @typedef {Object} aico.conversation.v1.TurnCompleted.$Properties
                 * @property {string|null} [conversationId] TurnCompleted conversationId
                 * @property {string|null} [userId] TurnCompleted userId
                 * @property {string|null} [userMessageId] TurnCompleted userMessageId
                 * @property {string|null} [replyMessageId] TurnCompleted replyMessageId
                 * @property {string|null} [userText] TurnCompleted userText
                 * @property {string|null} [replyText] TurnCompleted replyText
                 * @property {string|null} [sentiment] TurnCompleted sentiment
                 * @property {number|null} [sentimentScore] TurnCompleted sentimentScore
                 * @property {string|null} [emotion] TurnCompleted emotion
                 * @property {number|null} [emotionScore] TurnCompleted emotionScore
                 * @property {number|null} [completedAt] TurnCompleted completedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TurnCompleted.
                 * @memberof aico.conversation.v1
                 * @interface ITurnCompleted
                 * @augments aico.conversation.v1.TurnCompleted.$Properties
                 * @deprecated Use aico.conversation.v1.TurnCompleted.$Properties instead.
                 */

                /**
                 * Shape of a TurnCompleted.
                 * @typedef {aico.conversation.v1.TurnCompleted.$Properties} aico.conversation.v1.TurnCompleted.$Shape
                 */

                /**
                 * Constructs a new TurnCompleted.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a TurnCompleted.
                 * @constructor
                 * @param {aico.conversation.v1.TurnCompleted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TurnCompleted = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TurnCompleted conversationId.
                 * @member {string} conversationId
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.conversationId = "";

                /**
                 * TurnCompleted userId.
                 * @member {string} userId
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.userId = "";

                /**
                 * TurnCompleted userMessageId.
                 * @member {string} userMessageId
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.userMessageId = "";

                /**
                 * TurnCompleted replyMessageId.
                 * @member {string} replyMessageId
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.replyMessageId = "";

                /**
                 * TurnCompleted userText.
                 * @member {string} userText
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.userText = "";

                /**
                 * TurnCompleted replyText.
                 * @member {string} replyText
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.replyText = "";

                /**
                 * TurnCompleted sentiment.
                 * @member {string} sentiment
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.sentiment = "";

                /**
                 * TurnCompleted sentimentScore.
                 * @member {number} sentimentScore
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.sentimentScore = 0;

                /**
                 * TurnCompleted emotion.
                 * @member {string} emotion
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.emotion = "";

                /**
                 * TurnCompleted emotionScore.
                 * @member {number} emotionScore
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.emotionScore = 0;

                /**
                 * TurnCompleted completedAt.
                 * @member {number} completedAt
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 */
                TurnCompleted.prototype.completedAt = 0;

                /**
                 * Creates a new TurnCompleted instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @static
                 * @param {aico.conversation.v1.TurnCompleted.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.TurnCompleted} TurnCompleted instance
                 * @type {{
                 *   (properties: aico.conversation.v1.TurnCompleted.$Shape): aico.conversation.v1.TurnCompleted & aico.conversation.v1.TurnCompleted.$Shape;
                 *   (properties?: aico.conversation.v1.TurnCompleted.$Properties): aico.conversation.v1.TurnCompleted;
                 * }}
                 */
                TurnCompleted.create = function(properties) {
                    return new TurnCompleted(properties);
                };

                /**
                 * Encodes the specified TurnCompleted message. Does not implicitly {@link aico.conversation.v1.TurnCompleted.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @static
                 * @param {aico.conversation.v1.TurnCompleted.$Properties} message TurnCompleted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TurnCompleted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversationId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.userMessageId != null && $Object.hasOwnProperty.call(message, "userMessageId") && message.userMessageId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userMessageId);
                    if (message.replyMessageId != null && $Object.hasOwnProperty.call(message, "replyMessageId") && message.replyMessageId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.replyMessageId);
                    if (message.userText != null && $Object.hasOwnProperty.call(message, "userText") && message.userText !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.userText);
                    if (message.replyText != null && $Object.hasOwnProperty.call(message, "replyText") && message.replyText !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.replyText);
                    if (message.sentiment != null && $Object.hasOwnProperty.call(message, "sentiment") && message.sentiment !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.sentiment);
                    if (message.sentimentScore != null && $Object.hasOwnProperty.call(message, "sentimentScore") && !$Object.is(message.sentimentScore, 0))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.sentimentScore);
                    if (message.emotion != null && $Object.hasOwnProperty.call(message, "emotion") && message.emotion !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.emotion);
                    if (message.emotionScore != null && $Object.hasOwnProperty.call(message, "emotionScore") && !$Object.is(message.emotionScore, 0))
                        writer.uint32(/* id 10, wireType 1 =*/81).double(message.emotionScore);
                    if (message.completedAt != null && $Object.hasOwnProperty.call(message, "completedAt") && !$Object.is(message.completedAt, 0))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.completedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TurnCompleted message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.TurnCompleted & aico.conversation.v1.TurnCompleted.$Shape} TurnCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TurnCompleted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.TurnCompleted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userMessageId = value;
                                else
                                    delete message.userMessageId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.replyMessageId = value;
                                else
                                    delete message.replyMessageId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userText = value;
                                else
                                    delete message.userText;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.replyText = value;
                                else
                                    delete message.replyText;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sentiment = value;
                                else
                                    delete message.sentiment;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.sentimentScore = value;
                                else
                                    delete message.sentimentScore;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.emotion = value;
                                else
                                    delete message.emotion;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.emotionScore = value;
                                else
                                    delete message.emotionScore;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.completedAt = value;
                                else
                                    delete message.completedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TurnCompleted message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.TurnCompleted} TurnCompleted
                 */
                TurnCompleted.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.TurnCompleted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.TurnCompleted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.TurnCompleted();
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.userMessageId != null)
                        if (typeof object.userMessageId !== "string" || object.userMessageId.length)
                            message.userMessageId = $String(object.userMessageId);
                    if (object.replyMessageId != null)
                        if (typeof object.replyMessageId !== "string" || object.replyMessageId.length)
                            message.replyMessageId = $String(object.replyMessageId);
                    if (object.userText != null)
                        if (typeof object.userText !== "string" || object.userText.length)
                            message.userText = $String(object.userText);
                    if (object.replyText != null)
                        if (typeof object.replyText !== "string" || object.replyText.length)
                            message.replyText = $String(object.replyText);
                    if (object.sentiment != null)
                        if (typeof object.sentiment !== "string" || object.sentiment.length)
                            message.sentiment = $String(object.sentiment);
                    if (object.sentimentScore != null)
                        if (!$Object.is($Number(object.sentimentScore), 0))
                            message.sentimentScore = $Number(object.sentimentScore);
                    if (object.emotion != null)
                        if (typeof object.emotion !== "string" || object.emotion.length)
                            message.emotion = $String(object.emotion);
                    if (object.emotionScore != null)
                        if (!$Object.is($Number(object.emotionScore), 0))
                            message.emotionScore = $Number(object.emotionScore);
                    if (object.completedAt != null)
                        if (!$Object.is($Number(object.completedAt), 0))
                            message.completedAt = $Number(object.completedAt);
                    return message;
                };

                /**
                 * Creates a plain object from a TurnCompleted message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @static
                 * @param {aico.conversation.v1.TurnCompleted} message TurnCompleted
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TurnCompleted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.conversationId = "";
                        object.userId = "";
                        object.userMessageId = "";
                        object.replyMessageId = "";
                        object.userText = "";
                        object.replyText = "";
                        object.sentiment = "";
                        object.sentimentScore = 0;
                        object.emotion = "";
                        object.emotionScore = 0;
                        object.completedAt = 0;
                    }
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.userMessageId != null && $Object.hasOwnProperty.call(message, "userMessageId"))
                        object.userMessageId = message.userMessageId;
                    if (message.replyMessageId != null && $Object.hasOwnProperty.call(message, "replyMessageId"))
                        object.replyMessageId = message.replyMessageId;
                    if (message.userText != null && $Object.hasOwnProperty.call(message, "userText"))
                        object.userText = message.userText;
                    if (message.replyText != null && $Object.hasOwnProperty.call(message, "replyText"))
                        object.replyText = message.replyText;
                    if (message.sentiment != null && $Object.hasOwnProperty.call(message, "sentiment"))
                        object.sentiment = message.sentiment;
                    if (message.sentimentScore != null && $Object.hasOwnProperty.call(message, "sentimentScore"))
                        object.sentimentScore = options.json && !$isFinite(message.sentimentScore) ? $String(message.sentimentScore) : message.sentimentScore;
                    if (message.emotion != null && $Object.hasOwnProperty.call(message, "emotion"))
                        object.emotion = message.emotion;
                    if (message.emotionScore != null && $Object.hasOwnProperty.call(message, "emotionScore"))
                        object.emotionScore = options.json && !$isFinite(message.emotionScore) ? $String(message.emotionScore) : message.emotionScore;
                    if (message.completedAt != null && $Object.hasOwnProperty.call(message, "completedAt"))
                        object.completedAt = options.json && !$isFinite(message.completedAt) ? $String(message.completedAt) : message.completedAt;
                    return object;
                };

                /**
                 * Converts this TurnCompleted to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TurnCompleted.prototype.toJSON = function() {
                    return TurnCompleted.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TurnCompleted
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.TurnCompleted
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TurnCompleted.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.TurnCompleted";
                };

                return TurnCompleted;
            })();

            v1.Notice = (function() {

                /**
                 * Properties of a Notice.
                 * @typedef {Object} aico.conversation.v1.Notice.$Properties
                 * @property {string|null} [noticeId] Notice noticeId
                 * @property {string|null} [userId] Notice userId
                 * @property {string|null} [kind] Notice kind
                 * @property {string|null} [text] Notice text
                 * @property {number|null} [at] Notice at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Notice.
                 * @memberof aico.conversation.v1
                 * @interface INotice
                 * @augments aico.conversation.v1.Notice.$Properties
                 * @deprecated Use aico.conversation.v1.Notice.$Properties instead.
                 */

                /**
                 * Shape of a Notice.
                 * @typedef {aico.conversation.v1.Notice.$Properties} aico.conversation.v1.Notice.$Shape
                 */

                /**
                 * Constructs a new Notice.
                 * @memberof aico.conversation.v1
                 * @classdesc Represents a Notice.
                 * @constructor
                 * @param {aico.conversation.v1.Notice.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Notice = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Notice noticeId.
                 * @member {string} noticeId
                 * @memberof aico.conversation.v1.Notice
                 * @instance
                 */
                Notice.prototype.noticeId = "";

                /**
                 * Notice userId.
                 * @member {string} userId
                 * @memberof aico.conversation.v1.Notice
                 * @instance
                 */
                Notice.prototype.userId = "";

                /**
                 * Notice kind.
                 * @member {string} kind
                 * @memberof aico.conversation.v1.Notice
                 * @instance
                 */
                Notice.prototype.kind = "";

                /**
                 * Notice text.
                 * @member {string} text
                 * @memberof aico.conversation.v1.Notice
                 * @instance
                 */
                Notice.prototype.text = "";

                /**
                 * Notice at.
                 * @member {number} at
                 * @memberof aico.conversation.v1.Notice
                 * @instance
                 */
                Notice.prototype.at = 0;

                /**
                 * Creates a new Notice instance using the specified properties.
                 * @function create
                 * @memberof aico.conversation.v1.Notice
                 * @static
                 * @param {aico.conversation.v1.Notice.$Properties=} [properties] Properties to set
                 * @returns {aico.conversation.v1.Notice} Notice instance
                 * @type {{
                 *   (properties: aico.conversation.v1.Notice.$Shape): aico.conversation.v1.Notice & aico.conversation.v1.Notice.$Shape;
                 *   (properties?: aico.conversation.v1.Notice.$Properties): aico.conversation.v1.Notice;
                 * }}
                 */
                Notice.create = function(properties) {
                    return new Notice(properties);
                };

                /**
                 * Encodes the specified Notice message. Does not implicitly {@link aico.conversation.v1.Notice.verify|verify} messages.
                 * @function encode
                 * @memberof aico.conversation.v1.Notice
                 * @static
                 * @param {aico.conversation.v1.Notice.$Properties} message Notice message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Notice.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.noticeId != null && $Object.hasOwnProperty.call(message, "noticeId") && message.noticeId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.noticeId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Notice message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.conversation.v1.Notice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Notice & aico.conversation.v1.Notice.$Shape} Notice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Notice.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.conversation.v1.Notice();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.noticeId = value;
                                else
                                    delete message.noticeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Notice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.conversation.v1.Notice
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.conversation.v1.Notice} Notice
                 */
                Notice.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.conversation.v1.Notice)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.conversation.v1.Notice: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.conversation.v1.Notice();
                    if (object.noticeId != null)
                        if (typeof object.noticeId !== "string" || object.noticeId.length)
                            message.noticeId = $String(object.noticeId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from a Notice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.conversation.v1.Notice
                 * @static
                 * @param {aico.conversation.v1.Notice} message Notice
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Notice.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.noticeId = "";
                        object.userId = "";
                        object.kind = "";
                        object.text = "";
                        object.at = 0;
                    }
                    if (message.noticeId != null && $Object.hasOwnProperty.call(message, "noticeId"))
                        object.noticeId = message.noticeId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this Notice to JSON.
                 * @function toJSON
                 * @memberof aico.conversation.v1.Notice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Notice.prototype.toJSON = function() {
                    return Notice.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Notice
                 * @function getTypeUrl
                 * @memberof aico.conversation.v1.Notice
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Notice.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.conversation.v1.Notice";
                };

                return Notice;
            })();

            return v1;
        })();

        return conversation;
    })();

    aico.curiosity = (function() {

        /**
         * Namespace curiosity.
         * @memberof aico
         * @namespace
         */
        const curiosity = {};

        curiosity.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.curiosity
             * @namespace
             */
            const v1 = {};

            v1.Question = (function() {

                /**
                 * Properties of a Question.
                 * @typedef {Object} aico.curiosity.v1.Question.$Properties
                 * @property {string|null} [questionId] Question questionId
                 * @property {string|null} [userId] Question userId
                 * @property {string|null} [topic] Question topic
                 * @property {string|null} [text] Question text
                 * @property {number|null} [novelty] Question novelty
                 * @property {number|null} [interest] Question interest
                 * @property {number|null} [at] Question at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Question.
                 * @memberof aico.curiosity.v1
                 * @interface IQuestion
                 * @augments aico.curiosity.v1.Question.$Properties
                 * @deprecated Use aico.curiosity.v1.Question.$Properties instead.
                 */

                /**
                 * Shape of a Question.
                 * @typedef {aico.curiosity.v1.Question.$Properties} aico.curiosity.v1.Question.$Shape
                 */

                /**
                 * Constructs a new Question.
                 * @memberof aico.curiosity.v1
                 * @classdesc Represents a Question.
                 * @constructor
                 * @param {aico.curiosity.v1.Question.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Question = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Question questionId.
                 * @member {string} questionId
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.questionId = "";

                /**
                 * Question userId.
                 * @member {string} userId
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.userId = "";

                /**
                 * Question topic.
                 * @member {string} topic
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.topic = "";

                /**
                 * Question text.
                 * @member {string} text
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.text = "";

                /**
                 * Question novelty.
                 * @member {number} novelty
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.novelty = 0;

                /**
                 * Question interest.
                 * @member {number} interest
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.interest = 0;

                /**
                 * Question at.
                 * @member {number} at
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 */
                Question.prototype.at = 0;

                /**
                 * Creates a new Question instance using the specified properties.
                 * @function create
                 * @memberof aico.curiosity.v1.Question
                 * @static
                 * @param {aico.curiosity.v1.Question.$Properties=} [properties] Properties to set
                 * @returns {aico.curiosity.v1.Question} Question instance
                 * @type {{
                 *   (properties: aico.curiosity.v1.Question.$Shape): aico.curiosity.v1.Question & aico.curiosity.v1.Question.$Shape;
                 *   (properties?: aico.curiosity.v1.Question.$Properties): aico.curiosity.v1.Question;
                 * }}
                 */
                Question.create = function(properties) {
                    return new Question(properties);
                };

                /**
                 * Encodes the specified Question message. Does not implicitly {@link aico.curiosity.v1.Question.verify|verify} messages.
                 * @function encode
                 * @memberof aico.curiosity.v1.Question
                 * @static
                 * @param {aico.curiosity.v1.Question.$Properties} message Question message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Question.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.questionId != null && $Object.hasOwnProperty.call(message, "questionId") && message.questionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.questionId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.topic);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                    if (message.novelty != null && $Object.hasOwnProperty.call(message, "novelty") && !$Object.is(message.novelty, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.novelty);
                    if (message.interest != null && $Object.hasOwnProperty.call(message, "interest") && !$Object.is(message.interest, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.interest);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Question message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.curiosity.v1.Question
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.curiosity.v1.Question & aico.curiosity.v1.Question.$Shape} Question
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Question.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.curiosity.v1.Question();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.questionId = value;
                                else
                                    delete message.questionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.topic = value;
                                else
                                    delete message.topic;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.novelty = value;
                                else
                                    delete message.novelty;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.interest = value;
                                else
                                    delete message.interest;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Question message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.curiosity.v1.Question
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.curiosity.v1.Question} Question
                 */
                Question.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.curiosity.v1.Question)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.curiosity.v1.Question: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.curiosity.v1.Question();
                    if (object.questionId != null)
                        if (typeof object.questionId !== "string" || object.questionId.length)
                            message.questionId = $String(object.questionId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.topic != null)
                        if (typeof object.topic !== "string" || object.topic.length)
                            message.topic = $String(object.topic);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    if (object.novelty != null)
                        if (!$Object.is($Number(object.novelty), 0))
                            message.novelty = $Number(object.novelty);
                    if (object.interest != null)
                        if (!$Object.is($Number(object.interest), 0))
                            message.interest = $Number(object.interest);
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from a Question message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.curiosity.v1.Question
                 * @static
                 * @param {aico.curiosity.v1.Question} message Question
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Question.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.questionId = "";
                        object.userId = "";
                        object.topic = "";
                        object.text = "";
                        object.novelty = 0;
                        object.interest = 0;
                        object.at = 0;
                    }
                    if (message.questionId != null && $Object.hasOwnProperty.call(message, "questionId"))
                        object.questionId = message.questionId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                        object.topic = message.topic;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.novelty != null && $Object.hasOwnProperty.call(message, "novelty"))
                        object.novelty = options.json && !$isFinite(message.novelty) ? $String(message.novelty) : message.novelty;
                    if (message.interest != null && $Object.hasOwnProperty.call(message, "interest"))
                        object.interest = options.json && !$isFinite(message.interest) ? $String(message.interest) : message.interest;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this Question to JSON.
                 * @function toJSON
                 * @memberof aico.curiosity.v1.Question
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Question.prototype.toJSON = function() {
                    return Question.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Question
                 * @function getTypeUrl
                 * @memberof aico.curiosity.v1.Question
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Question.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.curiosity.v1.Question";
                };

                return Question;
            })();

            return v1;
        })();

        return curiosity;
    })();

    aico.demo = (function() {

        /**
         * Namespace demo.
         * @memberof aico
         * @namespace
         */
        const demo = {};

        demo.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.demo
             * @namespace
             */
            const v1 = {};

            v1.Ping = (function() {

                /**
                 * Properties of a Ping.
                 * @typedef {Object} aico.demo.v1.Ping.$Properties
                 * @property {number|null} [seq] Ping seq
                 * @property {number|null} [sentAt] Ping sentAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Ping.
                 * @memberof aico.demo.v1
                 * @interface IPing
                 * @augments aico.demo.v1.Ping.$Properties
                 * @deprecated Use aico.demo.v1.Ping.$Properties instead.
                 */

                /**
                 * Shape of a Ping.
                 * @typedef {aico.demo.v1.Ping.$Properties} aico.demo.v1.Ping.$Shape
                 */

                /**
                 * Constructs a new Ping.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Ping.
                 * @constructor
                 * @param {aico.demo.v1.Ping.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ping = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Ping seq.
                 * @member {number} seq
                 * @memberof aico.demo.v1.Ping
                 * @instance
                 */
                Ping.prototype.seq = 0;

                /**
                 * Ping sentAt.
                 * @member {number} sentAt
                 * @memberof aico.demo.v1.Ping
                 * @instance
                 */
                Ping.prototype.sentAt = 0;

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Ping
                 * @static
                 * @param {aico.demo.v1.Ping.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Ping} Ping instance
                 * @type {{
                 *   (properties: aico.demo.v1.Ping.$Shape): aico.demo.v1.Ping & aico.demo.v1.Ping.$Shape;
                 *   (properties?: aico.demo.v1.Ping.$Properties): aico.demo.v1.Ping;
                 * }}
                 */
                Ping.create = function(properties) {
                    return new Ping(properties);
                };

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link aico.demo.v1.Ping.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Ping
                 * @static
                 * @param {aico.demo.v1.Ping.$Properties} message Ping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                    if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && !$Object.is(message.sentAt, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.sentAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Ping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Ping & aico.demo.v1.Ping.$Shape} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ping.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Ping();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.sentAt = value;
                                else
                                    delete message.sentAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Ping message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Ping
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Ping} Ping
                 */
                Ping.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Ping)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Ping: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.demo.v1.Ping();
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.sentAt != null)
                        if (!$Object.is($Number(object.sentAt), 0))
                            message.sentAt = $Number(object.sentAt);
                    return message;
                };

                /**
                 * Creates a plain object from a Ping message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Ping
                 * @static
                 * @param {aico.demo.v1.Ping} message Ping
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Ping.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.seq = 0;
                        object.sentAt = 0;
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                        object.sentAt = options.json && !$isFinite(message.sentAt) ? $String(message.sentAt) : message.sentAt;
                    return object;
                };

                /**
                 * Converts this Ping to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Ping
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Ping.prototype.toJSON = function() {
                    return Ping.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Ping
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Ping
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Ping.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Ping";
                };

                return Ping;
            })();

            v1.Pong = (function() {

                /**
                 * Properties of a Pong.
                 * @typedef {Object} aico.demo.v1.Pong.$Properties
                 * @property {number|null} [seq] Pong seq
                 * @property {number|null} [sentAt] Pong sentAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Pong.
                 * @memberof aico.demo.v1
                 * @interface IPong
                 * @augments aico.demo.v1.Pong.$Properties
                 * @deprecated Use aico.demo.v1.Pong.$Properties instead.
                 */

                /**
                 * Shape of a Pong.
                 * @typedef {aico.demo.v1.Pong.$Properties} aico.demo.v1.Pong.$Shape
                 */

                /**
                 * Constructs a new Pong.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Pong.
                 * @constructor
                 * @param {aico.demo.v1.Pong.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Pong = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Pong seq.
                 * @member {number} seq
                 * @memberof aico.demo.v1.Pong
                 * @instance
                 */
                Pong.prototype.seq = 0;

                /**
                 * Pong sentAt.
                 * @member {number} sentAt
                 * @memberof aico.demo.v1.Pong
                 * @instance
                 */
                Pong.prototype.sentAt = 0;

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Pong
                 * @static
                 * @param {aico.demo.v1.Pong.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Pong} Pong instance
                 * @type {{
                 *   (properties: aico.demo.v1.Pong.$Shape): aico.demo.v1.Pong & aico.demo.v1.Pong.$Shape;
                 *   (properties?: aico.demo.v1.Pong.$Properties): aico.demo.v1.Pong;
                 * }}
                 */
                Pong.create = function(properties) {
                    return new Pong(properties);
                };

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link aico.demo.v1.Pong.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Pong
                 * @static
                 * @param {aico.demo.v1.Pong.$Properties} message Pong message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pong.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                    if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && !$Object.is(message.sentAt, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.sentAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Pong
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Pong & aico.demo.v1.Pong.$Shape} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pong.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Pong();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.sentAt = value;
                                else
                                    delete message.sentAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Pong message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Pong
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Pong} Pong
                 */
                Pong.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Pong)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Pong: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.demo.v1.Pong();
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.sentAt != null)
                        if (!$Object.is($Number(object.sentAt), 0))
                            message.sentAt = $Number(object.sentAt);
                    return message;
                };

                /**
                 * Creates a plain object from a Pong message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Pong
                 * @static
                 * @param {aico.demo.v1.Pong} message Pong
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Pong.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.seq = 0;
                        object.sentAt = 0;
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                        object.sentAt = options.json && !$isFinite(message.sentAt) ? $String(message.sentAt) : message.sentAt;
                    return object;
                };

                /**
                 * Converts this Pong to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Pong
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Pong.prototype.toJSON = function() {
                    return Pong.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Pong
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Pong
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Pong.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Pong";
                };

                return Pong;
            })();

            v1.Note = (function() {

                /**
                 * Properties of a Note.
                 * @typedef {Object} aico.demo.v1.Note.$Properties
                 * @property {number|null} [seq] Note seq
                 * @property {string|null} [text] Note text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Note.
                 * @memberof aico.demo.v1
                 * @interface INote
                 * @augments aico.demo.v1.Note.$Properties
                 * @deprecated Use aico.demo.v1.Note.$Properties instead.
                 */

                /**
                 * Shape of a Note.
                 * @typedef {aico.demo.v1.Note.$Properties} aico.demo.v1.Note.$Shape
                 */

                /**
                 * Constructs a new Note.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Note.
                 * @constructor
                 * @param {aico.demo.v1.Note.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Note = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Note seq.
                 * @member {number} seq
                 * @memberof aico.demo.v1.Note
                 * @instance
                 */
                Note.prototype.seq = 0;

                /**
                 * Note text.
                 * @member {string} text
                 * @memberof aico.demo.v1.Note
                 * @instance
                 */
                Note.prototype.text = "";

                /**
                 * Creates a new Note instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Note
                 * @static
                 * @param {aico.demo.v1.Note.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Note} Note instance
                 * @type {{
                 *   (properties: aico.demo.v1.Note.$Shape): aico.demo.v1.Note & aico.demo.v1.Note.$Shape;
                 *   (properties?: aico.demo.v1.Note.$Properties): aico.demo.v1.Note;
                 * }}
                 */
                Note.create = function(properties) {
                    return new Note(properties);
                };

                /**
                 * Encodes the specified Note message. Does not implicitly {@link aico.demo.v1.Note.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Note
                 * @static
                 * @param {aico.demo.v1.Note.$Properties} message Note message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Note.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Note message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Note
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Note & aico.demo.v1.Note.$Shape} Note
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Note.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Note();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Note message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Note
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Note} Note
                 */
                Note.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Note)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Note: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.demo.v1.Note();
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a Note message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Note
                 * @static
                 * @param {aico.demo.v1.Note} message Note
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Note.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.seq = 0;
                        object.text = "";
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this Note to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Note
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Note.prototype.toJSON = function() {
                    return Note.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Note
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Note
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Note.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Note";
                };

                return Note;
            })();

            v1.Crash = (function() {

                /**
                 * Properties of a Crash.
                 * @typedef {Object} aico.demo.v1.Crash.$Properties
                 * @property {string|null} [reason] Crash reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Crash.
                 * @memberof aico.demo.v1
                 * @interface ICrash
                 * @augments aico.demo.v1.Crash.$Properties
                 * @deprecated Use aico.demo.v1.Crash.$Properties instead.
                 */

                /**
                 * Shape of a Crash.
                 * @typedef {aico.demo.v1.Crash.$Properties} aico.demo.v1.Crash.$Shape
                 */

                /**
                 * Constructs a new Crash.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Crash.
                 * @constructor
                 * @param {aico.demo.v1.Crash.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Crash = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Crash reason.
                 * @member {string} reason
                 * @memberof aico.demo.v1.Crash
                 * @instance
                 */
                Crash.prototype.reason = "";

                /**
                 * Creates a new Crash instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Crash
                 * @static
                 * @param {aico.demo.v1.Crash.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Crash} Crash instance
                 * @type {{
                 *   (properties: aico.demo.v1.Crash.$Shape): aico.demo.v1.Crash & aico.demo.v1.Crash.$Shape;
                 *   (properties?: aico.demo.v1.Crash.$Properties): aico.demo.v1.Crash;
                 * }}
                 */
                Crash.create = function(properties) {
                    return new Crash(properties);
                };

                /**
                 * Encodes the specified Crash message. Does not implicitly {@link aico.demo.v1.Crash.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Crash
                 * @static
                 * @param {aico.demo.v1.Crash.$Properties} message Crash message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Crash.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Crash message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Crash
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Crash & aico.demo.v1.Crash.$Shape} Crash
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Crash.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Crash();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Crash message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Crash
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Crash} Crash
                 */
                Crash.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Crash)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Crash: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.demo.v1.Crash();
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a Crash message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Crash
                 * @static
                 * @param {aico.demo.v1.Crash} message Crash
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Crash.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.reason = "";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this Crash to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Crash
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Crash.prototype.toJSON = function() {
                    return Crash.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Crash
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Crash
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Crash.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Crash";
                };

                return Crash;
            })();

            v1.Finish = (function() {

                /**
                 * Properties of a Finish.
                 * @typedef {Object} aico.demo.v1.Finish.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Finish.
                 * @memberof aico.demo.v1
                 * @interface IFinish
                 * @augments aico.demo.v1.Finish.$Properties
                 * @deprecated Use aico.demo.v1.Finish.$Properties instead.
                 */

                /**
                 * Shape of a Finish.
                 * @typedef {aico.demo.v1.Finish.$Properties} aico.demo.v1.Finish.$Shape
                 */

                /**
                 * Constructs a new Finish.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Finish.
                 * @constructor
                 * @param {aico.demo.v1.Finish.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Finish = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Finish instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Finish
                 * @static
                 * @param {aico.demo.v1.Finish.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Finish} Finish instance
                 * @type {{
                 *   (properties: aico.demo.v1.Finish.$Shape): aico.demo.v1.Finish & aico.demo.v1.Finish.$Shape;
                 *   (properties?: aico.demo.v1.Finish.$Properties): aico.demo.v1.Finish;
                 * }}
                 */
                Finish.create = function(properties) {
                    return new Finish(properties);
                };

                /**
                 * Encodes the specified Finish message. Does not implicitly {@link aico.demo.v1.Finish.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Finish
                 * @static
                 * @param {aico.demo.v1.Finish.$Properties} message Finish message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Finish.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Finish message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Finish
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Finish & aico.demo.v1.Finish.$Shape} Finish
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Finish.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Finish();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Finish message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Finish
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Finish} Finish
                 */
                Finish.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Finish)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Finish: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.aico.demo.v1.Finish();
                };

                /**
                 * Creates a plain object from a Finish message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Finish
                 * @static
                 * @param {aico.demo.v1.Finish} message Finish
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Finish.toObject = function () {
                    return {};
                };

                /**
                 * Converts this Finish to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Finish
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Finish.prototype.toJSON = function() {
                    return Finish.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Finish
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Finish
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Finish.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Finish";
                };

                return Finish;
            })();

            v1.Heartbeat = (function() {

                /**
                 * Properties of a Heartbeat.
                 * @typedef {Object} aico.demo.v1.Heartbeat.$Properties
                 * @property {number|null} [beat] Heartbeat beat
                 * @property {string|null} [from] Heartbeat from
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Heartbeat.
                 * @memberof aico.demo.v1
                 * @interface IHeartbeat
                 * @augments aico.demo.v1.Heartbeat.$Properties
                 * @deprecated Use aico.demo.v1.Heartbeat.$Properties instead.
                 */

                /**
                 * Shape of a Heartbeat.
                 * @typedef {aico.demo.v1.Heartbeat.$Properties} aico.demo.v1.Heartbeat.$Shape
                 */

                /**
                 * Constructs a new Heartbeat.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Heartbeat.
                 * @constructor
                 * @param {aico.demo.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Heartbeat = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Heartbeat beat.
                 * @member {number} beat
                 * @memberof aico.demo.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.beat = 0;

                /**
                 * Heartbeat from.
                 * @member {string} from
                 * @memberof aico.demo.v1.Heartbeat
                 * @instance
                 */
                Heartbeat.prototype.from = "";

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Heartbeat
                 * @static
                 * @param {aico.demo.v1.Heartbeat.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Heartbeat} Heartbeat instance
                 * @type {{
                 *   (properties: aico.demo.v1.Heartbeat.$Shape): aico.demo.v1.Heartbeat & aico.demo.v1.Heartbeat.$Shape;
                 *   (properties?: aico.demo.v1.Heartbeat.$Properties): aico.demo.v1.Heartbeat;
                 * }}
                 */
                Heartbeat.create = function(properties) {
                    return new Heartbeat(properties);
                };

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link aico.demo.v1.Heartbeat.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Heartbeat
                 * @static
                 * @param {aico.demo.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Heartbeat.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.beat != null && $Object.hasOwnProperty.call(message, "beat") && message.beat !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.beat);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Heartbeat
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Heartbeat & aico.demo.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Heartbeat();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.beat = value;
                                else
                                    delete message.beat;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Heartbeat
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Heartbeat} Heartbeat
                 */
                Heartbeat.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Heartbeat)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Heartbeat: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.demo.v1.Heartbeat();
                    if (object.beat != null)
                        if ($Number(object.beat) !== 0)
                            message.beat = object.beat >>> 0;
                    if (object.from != null)
                        if (typeof object.from !== "string" || object.from.length)
                            message.from = $String(object.from);
                    return message;
                };

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Heartbeat
                 * @static
                 * @param {aico.demo.v1.Heartbeat} message Heartbeat
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Heartbeat.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.beat = 0;
                        object.from = "";
                    }
                    if (message.beat != null && $Object.hasOwnProperty.call(message, "beat"))
                        object.beat = message.beat;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        object.from = message.from;
                    return object;
                };

                /**
                 * Converts this Heartbeat to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Heartbeat
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Heartbeat.prototype.toJSON = function() {
                    return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Heartbeat
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Heartbeat
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Heartbeat.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Heartbeat";
                };

                return Heartbeat;
            })();

            v1.CountQuery = (function() {

                /**
                 * Properties of a CountQuery.
                 * @typedef {Object} aico.demo.v1.CountQuery.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CountQuery.
                 * @memberof aico.demo.v1
                 * @interface ICountQuery
                 * @augments aico.demo.v1.CountQuery.$Properties
                 * @deprecated Use aico.demo.v1.CountQuery.$Properties instead.
                 */

                /**
                 * Shape of a CountQuery.
                 * @typedef {aico.demo.v1.CountQuery.$Properties} aico.demo.v1.CountQuery.$Shape
                 */

                /**
                 * Constructs a new CountQuery.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a CountQuery.
                 * @constructor
                 * @param {aico.demo.v1.CountQuery.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CountQuery = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new CountQuery instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.CountQuery
                 * @static
                 * @param {aico.demo.v1.CountQuery.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.CountQuery} CountQuery instance
                 * @type {{
                 *   (properties: aico.demo.v1.CountQuery.$Shape): aico.demo.v1.CountQuery & aico.demo.v1.CountQuery.$Shape;
                 *   (properties?: aico.demo.v1.CountQuery.$Properties): aico.demo.v1.CountQuery;
                 * }}
                 */
                CountQuery.create = function(properties) {
                    return new CountQuery(properties);
                };

                /**
                 * Encodes the specified CountQuery message. Does not implicitly {@link aico.demo.v1.CountQuery.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.CountQuery
                 * @static
                 * @param {aico.demo.v1.CountQuery.$Properties} message CountQuery message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CountQuery.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CountQuery message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.CountQuery
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.CountQuery & aico.demo.v1.CountQuery.$Shape} CountQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CountQuery.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.CountQuery();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CountQuery message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.CountQuery
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.CountQuery} CountQuery
                 */
                CountQuery.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.CountQuery)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.CountQuery: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.aico.demo.v1.CountQuery();
                };

                /**
                 * Creates a plain object from a CountQuery message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.CountQuery
                 * @static
                 * @param {aico.demo.v1.CountQuery} message CountQuery
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CountQuery.toObject = function () {
                    return {};
                };

                /**
                 * Converts this CountQuery to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.CountQuery
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CountQuery.prototype.toJSON = function() {
                    return CountQuery.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CountQuery
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.CountQuery
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CountQuery.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.CountQuery";
                };

                return CountQuery;
            })();

            v1.Count = (function() {

                /**
                 * Properties of a Count.
                 * @typedef {Object} aico.demo.v1.Count.$Properties
                 * @property {number|null} [processed] Count processed
                 * @property {Array.<number>|null} [seqs] Count seqs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Count.
                 * @memberof aico.demo.v1
                 * @interface ICount
                 * @augments aico.demo.v1.Count.$Properties
                 * @deprecated Use aico.demo.v1.Count.$Properties instead.
                 */

                /**
                 * Shape of a Count.
                 * @typedef {aico.demo.v1.Count.$Properties} aico.demo.v1.Count.$Shape
                 */

                /**
                 * Constructs a new Count.
                 * @memberof aico.demo.v1
                 * @classdesc Represents a Count.
                 * @constructor
                 * @param {aico.demo.v1.Count.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Count = function (properties) {
                    this.seqs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Count processed.
                 * @member {number} processed
                 * @memberof aico.demo.v1.Count
                 * @instance
                 */
                Count.prototype.processed = 0;

                /**
                 * Count seqs.
                 * @member {Array.<number>} seqs
                 * @memberof aico.demo.v1.Count
                 * @instance
                 */
                Count.prototype.seqs = $util.emptyArray;

                /**
                 * Creates a new Count instance using the specified properties.
                 * @function create
                 * @memberof aico.demo.v1.Count
                 * @static
                 * @param {aico.demo.v1.Count.$Properties=} [properties] Properties to set
                 * @returns {aico.demo.v1.Count} Count instance
                 * @type {{
                 *   (properties: aico.demo.v1.Count.$Shape): aico.demo.v1.Count & aico.demo.v1.Count.$Shape;
                 *   (properties?: aico.demo.v1.Count.$Properties): aico.demo.v1.Count;
                 * }}
                 */
                Count.create = function(properties) {
                    return new Count(properties);
                };

                /**
                 * Encodes the specified Count message. Does not implicitly {@link aico.demo.v1.Count.verify|verify} messages.
                 * @function encode
                 * @memberof aico.demo.v1.Count
                 * @static
                 * @param {aico.demo.v1.Count.$Properties} message Count message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Count.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.processed != null && $Object.hasOwnProperty.call(message, "processed") && message.processed !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.processed);
                    if (message.seqs != null && message.seqs.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.seqs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Count message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.demo.v1.Count
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Count & aico.demo.v1.Count.$Shape} Count
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Count.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.demo.v1.Count();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.processed = value;
                                else
                                    delete message.processed;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.seqs && message.seqs.length))
                                        message.seqs = [];
                                    reader.uint32s(message.seqs);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.seqs && message.seqs.length))
                                    message.seqs = [];
                                message.seqs.push(reader.uint32());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Count message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.demo.v1.Count
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.demo.v1.Count} Count
                 */
                Count.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.demo.v1.Count)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.demo.v1.Count: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.demo.v1.Count();
                    if (object.processed != null)
                        if ($Number(object.processed) !== 0)
                            message.processed = object.processed >>> 0;
                    if (object.seqs) {
                        if (!$Array.isArray(object.seqs))
                            throw $TypeError(".aico.demo.v1.Count.seqs: array expected");
                        message.seqs = $Array(object.seqs.length);
                        for (let i = 0; i < object.seqs.length; ++i)
                            message.seqs[i] = object.seqs[i] >>> 0;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Count message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.demo.v1.Count
                 * @static
                 * @param {aico.demo.v1.Count} message Count
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Count.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.seqs = [];
                    if (options.defaults)
                        object.processed = 0;
                    if (message.processed != null && $Object.hasOwnProperty.call(message, "processed"))
                        object.processed = message.processed;
                    if (message.seqs && message.seqs.length) {
                        object.seqs = $Array(message.seqs.length);
                        for (let j = 0; j < message.seqs.length; ++j)
                            object.seqs[j] = message.seqs[j];
                    }
                    return object;
                };

                /**
                 * Converts this Count to JSON.
                 * @function toJSON
                 * @memberof aico.demo.v1.Count
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Count.prototype.toJSON = function() {
                    return Count.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Count
                 * @function getTypeUrl
                 * @memberof aico.demo.v1.Count
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Count.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.demo.v1.Count";
                };

                return Count;
            })();

            return v1;
        })();

        return demo;
    })();

    aico.emotion = (function() {

        /**
         * Namespace emotion.
         * @memberof aico
         * @namespace
         */
        const emotion = {};

        emotion.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.emotion
             * @namespace
             */
            const v1 = {};

            v1.Affect = (function() {

                /**
                 * Properties of an Affect.
                 * @typedef {Object} aico.emotion.v1.Affect.$Properties
                 * @property {number|null} [valence] Affect valence
                 * @property {number|null} [arousal] Affect arousal
                 * @property {number|null} [dominance] Affect dominance
                 * @property {string|null} [label] Affect label
                 * @property {number|null} [intensity] Affect intensity
                 * @property {number|null} [at] Affect at
                 * @property {string|null} [cause] Affect cause
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Affect.
                 * @memberof aico.emotion.v1
                 * @interface IAffect
                 * @augments aico.emotion.v1.Affect.$Properties
                 * @deprecated Use aico.emotion.v1.Affect.$Properties instead.
                 */

                /**
                 * Shape of an Affect.
                 * @typedef {aico.emotion.v1.Affect.$Properties} aico.emotion.v1.Affect.$Shape
                 */

                /**
                 * Constructs a new Affect.
                 * @memberof aico.emotion.v1
                 * @classdesc Represents an Affect.
                 * @constructor
                 * @param {aico.emotion.v1.Affect.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Affect = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Affect valence.
                 * @member {number} valence
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.valence = 0;

                /**
                 * Affect arousal.
                 * @member {number} arousal
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.arousal = 0;

                /**
                 * Affect dominance.
                 * @member {number} dominance
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.dominance = 0;

                /**
                 * Affect label.
                 * @member {string} label
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.label = "";

                /**
                 * Affect intensity.
                 * @member {number} intensity
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.intensity = 0;

                /**
                 * Affect at.
                 * @member {number} at
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.at = 0;

                /**
                 * Affect cause.
                 * @member {string} cause
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 */
                Affect.prototype.cause = "";

                /**
                 * Creates a new Affect instance using the specified properties.
                 * @function create
                 * @memberof aico.emotion.v1.Affect
                 * @static
                 * @param {aico.emotion.v1.Affect.$Properties=} [properties] Properties to set
                 * @returns {aico.emotion.v1.Affect} Affect instance
                 * @type {{
                 *   (properties: aico.emotion.v1.Affect.$Shape): aico.emotion.v1.Affect & aico.emotion.v1.Affect.$Shape;
                 *   (properties?: aico.emotion.v1.Affect.$Properties): aico.emotion.v1.Affect;
                 * }}
                 */
                Affect.create = function(properties) {
                    return new Affect(properties);
                };

                /**
                 * Encodes the specified Affect message. Does not implicitly {@link aico.emotion.v1.Affect.verify|verify} messages.
                 * @function encode
                 * @memberof aico.emotion.v1.Affect
                 * @static
                 * @param {aico.emotion.v1.Affect.$Properties} message Affect message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Affect.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.valence != null && $Object.hasOwnProperty.call(message, "valence") && !$Object.is(message.valence, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.valence);
                    if (message.arousal != null && $Object.hasOwnProperty.call(message, "arousal") && !$Object.is(message.arousal, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.arousal);
                    if (message.dominance != null && $Object.hasOwnProperty.call(message, "dominance") && !$Object.is(message.dominance, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.dominance);
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.label);
                    if (message.intensity != null && $Object.hasOwnProperty.call(message, "intensity") && !$Object.is(message.intensity, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.intensity);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.at);
                    if (message.cause != null && $Object.hasOwnProperty.call(message, "cause") && message.cause !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.cause);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Affect message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.emotion.v1.Affect
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.emotion.v1.Affect & aico.emotion.v1.Affect.$Shape} Affect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Affect.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.emotion.v1.Affect();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.valence = value;
                                else
                                    delete message.valence;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.arousal = value;
                                else
                                    delete message.arousal;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.dominance = value;
                                else
                                    delete message.dominance;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.label = value;
                                else
                                    delete message.label;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.intensity = value;
                                else
                                    delete message.intensity;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cause = value;
                                else
                                    delete message.cause;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an Affect message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.emotion.v1.Affect
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.emotion.v1.Affect} Affect
                 */
                Affect.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.emotion.v1.Affect)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.emotion.v1.Affect: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.emotion.v1.Affect();
                    if (object.valence != null)
                        if (!$Object.is($Number(object.valence), 0))
                            message.valence = $Number(object.valence);
                    if (object.arousal != null)
                        if (!$Object.is($Number(object.arousal), 0))
                            message.arousal = $Number(object.arousal);
                    if (object.dominance != null)
                        if (!$Object.is($Number(object.dominance), 0))
                            message.dominance = $Number(object.dominance);
                    if (object.label != null)
                        if (typeof object.label !== "string" || object.label.length)
                            message.label = $String(object.label);
                    if (object.intensity != null)
                        if (!$Object.is($Number(object.intensity), 0))
                            message.intensity = $Number(object.intensity);
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    if (object.cause != null)
                        if (typeof object.cause !== "string" || object.cause.length)
                            message.cause = $String(object.cause);
                    return message;
                };

                /**
                 * Creates a plain object from an Affect message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.emotion.v1.Affect
                 * @static
                 * @param {aico.emotion.v1.Affect} message Affect
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Affect.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.valence = 0;
                        object.arousal = 0;
                        object.dominance = 0;
                        object.label = "";
                        object.intensity = 0;
                        object.at = 0;
                        object.cause = "";
                    }
                    if (message.valence != null && $Object.hasOwnProperty.call(message, "valence"))
                        object.valence = options.json && !$isFinite(message.valence) ? $String(message.valence) : message.valence;
                    if (message.arousal != null && $Object.hasOwnProperty.call(message, "arousal"))
                        object.arousal = options.json && !$isFinite(message.arousal) ? $String(message.arousal) : message.arousal;
                    if (message.dominance != null && $Object.hasOwnProperty.call(message, "dominance"))
                        object.dominance = options.json && !$isFinite(message.dominance) ? $String(message.dominance) : message.dominance;
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                        object.label = message.label;
                    if (message.intensity != null && $Object.hasOwnProperty.call(message, "intensity"))
                        object.intensity = options.json && !$isFinite(message.intensity) ? $String(message.intensity) : message.intensity;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                        object.cause = message.cause;
                    return object;
                };

                /**
                 * Converts this Affect to JSON.
                 * @function toJSON
                 * @memberof aico.emotion.v1.Affect
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Affect.prototype.toJSON = function() {
                    return Affect.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Affect
                 * @function getTypeUrl
                 * @memberof aico.emotion.v1.Affect
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Affect.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.emotion.v1.Affect";
                };

                return Affect;
            })();

            v1.GetAffect = (function() {

                /**
                 * Properties of a GetAffect.
                 * @typedef {Object} aico.emotion.v1.GetAffect.$Properties
                 * @property {number|null} [now] GetAffect now
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetAffect.
                 * @memberof aico.emotion.v1
                 * @interface IGetAffect
                 * @augments aico.emotion.v1.GetAffect.$Properties
                 * @deprecated Use aico.emotion.v1.GetAffect.$Properties instead.
                 */

                /**
                 * Shape of a GetAffect.
                 * @typedef {aico.emotion.v1.GetAffect.$Properties} aico.emotion.v1.GetAffect.$Shape
                 */

                /**
                 * Constructs a new GetAffect.
                 * @memberof aico.emotion.v1
                 * @classdesc Represents a GetAffect.
                 * @constructor
                 * @param {aico.emotion.v1.GetAffect.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetAffect = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetAffect now.
                 * @member {number} now
                 * @memberof aico.emotion.v1.GetAffect
                 * @instance
                 */
                GetAffect.prototype.now = 0;

                /**
                 * Creates a new GetAffect instance using the specified properties.
                 * @function create
                 * @memberof aico.emotion.v1.GetAffect
                 * @static
                 * @param {aico.emotion.v1.GetAffect.$Properties=} [properties] Properties to set
                 * @returns {aico.emotion.v1.GetAffect} GetAffect instance
                 * @type {{
                 *   (properties: aico.emotion.v1.GetAffect.$Shape): aico.emotion.v1.GetAffect & aico.emotion.v1.GetAffect.$Shape;
                 *   (properties?: aico.emotion.v1.GetAffect.$Properties): aico.emotion.v1.GetAffect;
                 * }}
                 */
                GetAffect.create = function(properties) {
                    return new GetAffect(properties);
                };

                /**
                 * Encodes the specified GetAffect message. Does not implicitly {@link aico.emotion.v1.GetAffect.verify|verify} messages.
                 * @function encode
                 * @memberof aico.emotion.v1.GetAffect
                 * @static
                 * @param {aico.emotion.v1.GetAffect.$Properties} message GetAffect message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetAffect.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.now != null && $Object.hasOwnProperty.call(message, "now") && !$Object.is(message.now, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.now);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetAffect message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.emotion.v1.GetAffect
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.emotion.v1.GetAffect & aico.emotion.v1.GetAffect.$Shape} GetAffect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetAffect.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.emotion.v1.GetAffect();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.now = value;
                                else
                                    delete message.now;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a GetAffect message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.emotion.v1.GetAffect
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.emotion.v1.GetAffect} GetAffect
                 */
                GetAffect.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.emotion.v1.GetAffect)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.emotion.v1.GetAffect: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.emotion.v1.GetAffect();
                    if (object.now != null)
                        if (!$Object.is($Number(object.now), 0))
                            message.now = $Number(object.now);
                    return message;
                };

                /**
                 * Creates a plain object from a GetAffect message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.emotion.v1.GetAffect
                 * @static
                 * @param {aico.emotion.v1.GetAffect} message GetAffect
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetAffect.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.now = 0;
                    if (message.now != null && $Object.hasOwnProperty.call(message, "now"))
                        object.now = options.json && !$isFinite(message.now) ? $String(message.now) : message.now;
                    return object;
                };

                /**
                 * Converts this GetAffect to JSON.
                 * @function toJSON
                 * @memberof aico.emotion.v1.GetAffect
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetAffect.prototype.toJSON = function() {
                    return GetAffect.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetAffect
                 * @function getTypeUrl
                 * @memberof aico.emotion.v1.GetAffect
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetAffect.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.emotion.v1.GetAffect";
                };

                return GetAffect;
            })();

            return v1;
        })();

        return emotion;
    })();

    aico.goal = (function() {

        /**
         * Namespace goal.
         * @memberof aico
         * @namespace
         */
        const goal = {};

        goal.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.goal
             * @namespace
             */
            const v1 = {};

            v1.GoalView = (function() {

                /**
                 * Properties of a GoalView.
                 * @typedef {Object} aico.goal.v1.GoalView.$Properties
                 * @property {string|null} [goalId] GoalView goalId
                 * @property {string|null} [userId] GoalView userId
                 * @property {string|null} [title] GoalView title
                 * @property {string|null} [origin] GoalView origin
                 * @property {string|null} [status] GoalView status
                 * @property {number|null} [importance] GoalView importance
                 * @property {number|null} [emotionalSalience] GoalView emotionalSalience
                 * @property {number|null} [progress] GoalView progress
                 * @property {number|null} [priority] GoalView priority
                 * @property {number|null} [dueAt] GoalView dueAt
                 * @property {number|null} [createdAt] GoalView createdAt
                 * @property {number|null} [updatedAt] GoalView updatedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GoalView.
                 * @memberof aico.goal.v1
                 * @interface IGoalView
                 * @augments aico.goal.v1.GoalView.$Properties
                 * @deprecated Use aico.goal.v1.GoalView.$Properties instead.
                 */

                /**
                 * Shape of a GoalView.
                 * @typedef {aico.goal.v1.GoalView.$Properties} aico.goal.v1.GoalView.$Shape
                 */

                /**
                 * Constructs a new GoalView.
                 * @memberof aico.goal.v1
                 * @classdesc Represents a GoalView.
                 * @constructor
                 * @param {aico.goal.v1.GoalView.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GoalView = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GoalView goalId.
                 * @member {string} goalId
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.goalId = "";

                /**
                 * GoalView userId.
                 * @member {string} userId
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.userId = "";

                /**
                 * GoalView title.
                 * @member {string} title
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.title = "";

                /**
                 * GoalView origin.
                 * @member {string} origin
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.origin = "";

                /**
                 * GoalView status.
                 * @member {string} status
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.status = "";

                /**
                 * GoalView importance.
                 * @member {number} importance
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.importance = 0;

                /**
                 * GoalView emotionalSalience.
                 * @member {number} emotionalSalience
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.emotionalSalience = 0;

                /**
                 * GoalView progress.
                 * @member {number} progress
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.progress = 0;

                /**
                 * GoalView priority.
                 * @member {number} priority
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.priority = 0;

                /**
                 * GoalView dueAt.
                 * @member {number} dueAt
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.dueAt = 0;

                /**
                 * GoalView createdAt.
                 * @member {number} createdAt
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.createdAt = 0;

                /**
                 * GoalView updatedAt.
                 * @member {number} updatedAt
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 */
                GoalView.prototype.updatedAt = 0;

                /**
                 * Creates a new GoalView instance using the specified properties.
                 * @function create
                 * @memberof aico.goal.v1.GoalView
                 * @static
                 * @param {aico.goal.v1.GoalView.$Properties=} [properties] Properties to set
                 * @returns {aico.goal.v1.GoalView} GoalView instance
                 * @type {{
                 *   (properties: aico.goal.v1.GoalView.$Shape): aico.goal.v1.GoalView & aico.goal.v1.GoalView.$Shape;
                 *   (properties?: aico.goal.v1.GoalView.$Properties): aico.goal.v1.GoalView;
                 * }}
                 */
                GoalView.create = function(properties) {
                    return new GoalView(properties);
                };

                /**
                 * Encodes the specified GoalView message. Does not implicitly {@link aico.goal.v1.GoalView.verify|verify} messages.
                 * @function encode
                 * @memberof aico.goal.v1.GoalView
                 * @static
                 * @param {aico.goal.v1.GoalView.$Properties} message GoalView message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GoalView.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.goalId != null && $Object.hasOwnProperty.call(message, "goalId") && message.goalId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.goalId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.title);
                    if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.origin);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.status);
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance") && !$Object.is(message.importance, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.importance);
                    if (message.emotionalSalience != null && $Object.hasOwnProperty.call(message, "emotionalSalience") && !$Object.is(message.emotionalSalience, 0))
                        writer.uint32(/* id 7, wireType 1 =*/57).double(message.emotionalSalience);
                    if (message.progress != null && $Object.hasOwnProperty.call(message, "progress") && !$Object.is(message.progress, 0))
                        writer.uint32(/* id 8, wireType 1 =*/65).double(message.progress);
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && !$Object.is(message.priority, 0))
                        writer.uint32(/* id 9, wireType 1 =*/73).double(message.priority);
                    if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt") && !$Object.is(message.dueAt, 0))
                        writer.uint32(/* id 10, wireType 1 =*/81).double(message.dueAt);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(/* id 11, wireType 1 =*/89).double(message.createdAt);
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt") && !$Object.is(message.updatedAt, 0))
                        writer.uint32(/* id 12, wireType 1 =*/97).double(message.updatedAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GoalView message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.goal.v1.GoalView
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.goal.v1.GoalView & aico.goal.v1.GoalView.$Shape} GoalView
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GoalView.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.goal.v1.GoalView();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.goalId = value;
                                else
                                    delete message.goalId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.origin = value;
                                else
                                    delete message.origin;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.importance = value;
                                else
                                    delete message.importance;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.emotionalSalience = value;
                                else
                                    delete message.emotionalSalience;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.progress = value;
                                else
                                    delete message.progress;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.priority = value;
                                else
                                    delete message.priority;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.dueAt = value;
                                else
                                    delete message.dueAt;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.updatedAt = value;
                                else
                                    delete message.updatedAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a GoalView message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.goal.v1.GoalView
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.goal.v1.GoalView} GoalView
                 */
                GoalView.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.goal.v1.GoalView)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.goal.v1.GoalView: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.goal.v1.GoalView();
                    if (object.goalId != null)
                        if (typeof object.goalId !== "string" || object.goalId.length)
                            message.goalId = $String(object.goalId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.origin != null)
                        if (typeof object.origin !== "string" || object.origin.length)
                            message.origin = $String(object.origin);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.importance != null)
                        if (!$Object.is($Number(object.importance), 0))
                            message.importance = $Number(object.importance);
                    if (object.emotionalSalience != null)
                        if (!$Object.is($Number(object.emotionalSalience), 0))
                            message.emotionalSalience = $Number(object.emotionalSalience);
                    if (object.progress != null)
                        if (!$Object.is($Number(object.progress), 0))
                            message.progress = $Number(object.progress);
                    if (object.priority != null)
                        if (!$Object.is($Number(object.priority), 0))
                            message.priority = $Number(object.priority);
                    if (object.dueAt != null)
                        if (!$Object.is($Number(object.dueAt), 0))
                            message.dueAt = $Number(object.dueAt);
                    if (object.createdAt != null)
                        if (!$Object.is($Number(object.createdAt), 0))
                            message.createdAt = $Number(object.createdAt);
                    if (object.updatedAt != null)
                        if (!$Object.is($Number(object.updatedAt), 0))
                            message.updatedAt = $Number(object.updatedAt);
                    return message;
                };

                /**
                 * Creates a plain object from a GoalView message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.goal.v1.GoalView
                 * @static
                 * @param {aico.goal.v1.GoalView} message GoalView
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GoalView.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.goalId = "";
                        object.userId = "";
                        object.title = "";
                        object.origin = "";
                        object.status = "";
                        object.importance = 0;
                        object.emotionalSalience = 0;
                        object.progress = 0;
                        object.priority = 0;
                        object.dueAt = 0;
                        object.createdAt = 0;
                        object.updatedAt = 0;
                    }
                    if (message.goalId != null && $Object.hasOwnProperty.call(message, "goalId"))
                        object.goalId = message.goalId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                        object.origin = message.origin;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance"))
                        object.importance = options.json && !$isFinite(message.importance) ? $String(message.importance) : message.importance;
                    if (message.emotionalSalience != null && $Object.hasOwnProperty.call(message, "emotionalSalience"))
                        object.emotionalSalience = options.json && !$isFinite(message.emotionalSalience) ? $String(message.emotionalSalience) : message.emotionalSalience;
                    if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                        object.progress = options.json && !$isFinite(message.progress) ? $String(message.progress) : message.progress;
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        object.priority = options.json && !$isFinite(message.priority) ? $String(message.priority) : message.priority;
                    if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt"))
                        object.dueAt = options.json && !$isFinite(message.dueAt) ? $String(message.dueAt) : message.dueAt;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        object.createdAt = options.json && !$isFinite(message.createdAt) ? $String(message.createdAt) : message.createdAt;
                    if (message.updatedAt != null && $Object.hasOwnProperty.call(message, "updatedAt"))
                        object.updatedAt = options.json && !$isFinite(message.updatedAt) ? $String(message.updatedAt) : message.updatedAt;
                    return object;
                };

                /**
                 * Converts this GoalView to JSON.
                 * @function toJSON
                 * @memberof aico.goal.v1.GoalView
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GoalView.prototype.toJSON = function() {
                    return GoalView.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GoalView
                 * @function getTypeUrl
                 * @memberof aico.goal.v1.GoalView
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GoalView.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.goal.v1.GoalView";
                };

                return GoalView;
            })();

            v1.GoalChanged = (function() {

                /**
                 * Properties of a GoalChanged.
                 * @typedef {Object} aico.goal.v1.GoalChanged.$Properties
                 * @property {aico.goal.v1.GoalView.$Properties|null} [goal] GoalChanged goal
                 * @property {string|null} [change] GoalChanged change
                 * @property {number|null} [at] GoalChanged at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GoalChanged.
                 * @memberof aico.goal.v1
                 * @interface IGoalChanged
                 * @augments aico.goal.v1.GoalChanged.$Properties
                 * @deprecated Use aico.goal.v1.GoalChanged.$Properties instead.
                 */

                /**
                 * Shape of a GoalChanged.
                 * @typedef {aico.goal.v1.GoalChanged.$Properties} aico.goal.v1.GoalChanged.$Shape
                 */

                /**
                 * Constructs a new GoalChanged.
                 * @memberof aico.goal.v1
                 * @classdesc Represents a GoalChanged.
                 * @constructor
                 * @param {aico.goal.v1.GoalChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GoalChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GoalChanged goal.
                 * @member {aico.goal.v1.GoalView.$Properties|null|undefined} goal
                 * @memberof aico.goal.v1.GoalChanged
                 * @instance
                 */
                GoalChanged.prototype.goal = null;

                /**
                 * GoalChanged change.
                 * @member {string} change
                 * @memberof aico.goal.v1.GoalChanged
                 * @instance
                 */
                GoalChanged.prototype.change = "";

                /**
                 * GoalChanged at.
                 * @member {number} at
                 * @memberof aico.goal.v1.GoalChanged
                 * @instance
                 */
                GoalChanged.prototype.at = 0;

                /**
                 * Creates a new GoalChanged instance using the specified properties.
                 * @function create
                 * @memberof aico.goal.v1.GoalChanged
                 * @static
                 * @param {aico.goal.v1.GoalChanged.$Properties=} [properties] Properties to set
                 * @returns {aico.goal.v1.GoalChanged} GoalChanged instance
                 * @type {{
                 *   (properties: aico.goal.v1.GoalChanged.$Shape): aico.goal.v1.GoalChanged & aico.goal.v1.GoalChanged.$Shape;
                 *   (properties?: aico.goal.v1.GoalChanged.$Properties): aico.goal.v1.GoalChanged;
                 * }}
                 */
                GoalChanged.create = function(properties) {
                    return new GoalChanged(properties);
                };

                /**
                 * Encodes the specified GoalChanged message. Does not implicitly {@link aico.goal.v1.GoalChanged.verify|verify} messages.
                 * @function encode
                 * @memberof aico.goal.v1.GoalChanged
                 * @static
                 * @param {aico.goal.v1.GoalChanged.$Properties} message GoalChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GoalChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.goal != null && $Object.hasOwnProperty.call(message, "goal"))
                        $root.aico.goal.v1.GoalView.encode(message.goal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.change != null && $Object.hasOwnProperty.call(message, "change") && message.change !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.change);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GoalChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.goal.v1.GoalChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.goal.v1.GoalChanged & aico.goal.v1.GoalChanged.$Shape} GoalChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GoalChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.goal.v1.GoalChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.goal = $root.aico.goal.v1.GoalView.decode(reader, reader.size(), $undefined, _depth + 1, message.goal);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.change = value;
                                else
                                    delete message.change;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a GoalChanged message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.goal.v1.GoalChanged
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.goal.v1.GoalChanged} GoalChanged
                 */
                GoalChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.goal.v1.GoalChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.goal.v1.GoalChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.goal.v1.GoalChanged();
                    if (object.goal != null) {
                        if (!$util.isObject(object.goal))
                            throw $TypeError(".aico.goal.v1.GoalChanged.goal: object expected");
                        message.goal = $root.aico.goal.v1.GoalView.fromObject(object.goal, _depth + 1);
                    }
                    if (object.change != null)
                        if (typeof object.change !== "string" || object.change.length)
                            message.change = $String(object.change);
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from a GoalChanged message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.goal.v1.GoalChanged
                 * @static
                 * @param {aico.goal.v1.GoalChanged} message GoalChanged
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GoalChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.goal = null;
                        object.change = "";
                        object.at = 0;
                    }
                    if (message.goal != null && $Object.hasOwnProperty.call(message, "goal"))
                        object.goal = $root.aico.goal.v1.GoalView.toObject(message.goal, options, _depth + 1);
                    if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                        object.change = message.change;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this GoalChanged to JSON.
                 * @function toJSON
                 * @memberof aico.goal.v1.GoalChanged
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GoalChanged.prototype.toJSON = function() {
                    return GoalChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GoalChanged
                 * @function getTypeUrl
                 * @memberof aico.goal.v1.GoalChanged
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GoalChanged.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.goal.v1.GoalChanged";
                };

                return GoalChanged;
            })();

            v1.ProposeGoal = (function() {

                /**
                 * Properties of a ProposeGoal.
                 * @typedef {Object} aico.goal.v1.ProposeGoal.$Properties
                 * @property {string|null} [userId] ProposeGoal userId
                 * @property {string|null} [title] ProposeGoal title
                 * @property {string|null} [origin] ProposeGoal origin
                 * @property {number|null} [importance] ProposeGoal importance
                 * @property {number|null} [dueAt] ProposeGoal dueAt
                 * @property {number|null} [at] ProposeGoal at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProposeGoal.
                 * @memberof aico.goal.v1
                 * @interface IProposeGoal
                 * @augments aico.goal.v1.ProposeGoal.$Properties
                 * @deprecated Use aico.goal.v1.ProposeGoal.$Properties instead.
                 */

                /**
                 * Shape of a ProposeGoal.
                 * @typedef {aico.goal.v1.ProposeGoal.$Properties} aico.goal.v1.ProposeGoal.$Shape
                 */

                /**
                 * Constructs a new ProposeGoal.
                 * @memberof aico.goal.v1
                 * @classdesc Represents a ProposeGoal.
                 * @constructor
                 * @param {aico.goal.v1.ProposeGoal.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProposeGoal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProposeGoal userId.
                 * @member {string} userId
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 */
                ProposeGoal.prototype.userId = "";

                /**
                 * ProposeGoal title.
                 * @member {string} title
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 */
                ProposeGoal.prototype.title = "";

                /**
                 * ProposeGoal origin.
                 * @member {string} origin
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 */
                ProposeGoal.prototype.origin = "";

                /**
                 * ProposeGoal importance.
                 * @member {number} importance
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 */
                ProposeGoal.prototype.importance = 0;

                /**
                 * ProposeGoal dueAt.
                 * @member {number} dueAt
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 */
                ProposeGoal.prototype.dueAt = 0;

                /**
                 * ProposeGoal at.
                 * @member {number} at
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 */
                ProposeGoal.prototype.at = 0;

                /**
                 * Creates a new ProposeGoal instance using the specified properties.
                 * @function create
                 * @memberof aico.goal.v1.ProposeGoal
                 * @static
                 * @param {aico.goal.v1.ProposeGoal.$Properties=} [properties] Properties to set
                 * @returns {aico.goal.v1.ProposeGoal} ProposeGoal instance
                 * @type {{
                 *   (properties: aico.goal.v1.ProposeGoal.$Shape): aico.goal.v1.ProposeGoal & aico.goal.v1.ProposeGoal.$Shape;
                 *   (properties?: aico.goal.v1.ProposeGoal.$Properties): aico.goal.v1.ProposeGoal;
                 * }}
                 */
                ProposeGoal.create = function(properties) {
                    return new ProposeGoal(properties);
                };

                /**
                 * Encodes the specified ProposeGoal message. Does not implicitly {@link aico.goal.v1.ProposeGoal.verify|verify} messages.
                 * @function encode
                 * @memberof aico.goal.v1.ProposeGoal
                 * @static
                 * @param {aico.goal.v1.ProposeGoal.$Properties} message ProposeGoal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposeGoal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                    if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.origin);
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance") && !$Object.is(message.importance, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.importance);
                    if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt") && !$Object.is(message.dueAt, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.dueAt);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProposeGoal message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.goal.v1.ProposeGoal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.goal.v1.ProposeGoal & aico.goal.v1.ProposeGoal.$Shape} ProposeGoal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposeGoal.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.goal.v1.ProposeGoal();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.title = value;
                                else
                                    delete message.title;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.origin = value;
                                else
                                    delete message.origin;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.importance = value;
                                else
                                    delete message.importance;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.dueAt = value;
                                else
                                    delete message.dueAt;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ProposeGoal message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.goal.v1.ProposeGoal
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.goal.v1.ProposeGoal} ProposeGoal
                 */
                ProposeGoal.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.goal.v1.ProposeGoal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.goal.v1.ProposeGoal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.goal.v1.ProposeGoal();
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.title != null)
                        if (typeof object.title !== "string" || object.title.length)
                            message.title = $String(object.title);
                    if (object.origin != null)
                        if (typeof object.origin !== "string" || object.origin.length)
                            message.origin = $String(object.origin);
                    if (object.importance != null)
                        if (!$Object.is($Number(object.importance), 0))
                            message.importance = $Number(object.importance);
                    if (object.dueAt != null)
                        if (!$Object.is($Number(object.dueAt), 0))
                            message.dueAt = $Number(object.dueAt);
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from a ProposeGoal message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.goal.v1.ProposeGoal
                 * @static
                 * @param {aico.goal.v1.ProposeGoal} message ProposeGoal
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProposeGoal.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.userId = "";
                        object.title = "";
                        object.origin = "";
                        object.importance = 0;
                        object.dueAt = 0;
                        object.at = 0;
                    }
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        object.title = message.title;
                    if (message.origin != null && $Object.hasOwnProperty.call(message, "origin"))
                        object.origin = message.origin;
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance"))
                        object.importance = options.json && !$isFinite(message.importance) ? $String(message.importance) : message.importance;
                    if (message.dueAt != null && $Object.hasOwnProperty.call(message, "dueAt"))
                        object.dueAt = options.json && !$isFinite(message.dueAt) ? $String(message.dueAt) : message.dueAt;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this ProposeGoal to JSON.
                 * @function toJSON
                 * @memberof aico.goal.v1.ProposeGoal
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProposeGoal.prototype.toJSON = function() {
                    return ProposeGoal.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ProposeGoal
                 * @function getTypeUrl
                 * @memberof aico.goal.v1.ProposeGoal
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProposeGoal.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.goal.v1.ProposeGoal";
                };

                return ProposeGoal;
            })();

            v1.ListGoals = (function() {

                /**
                 * Properties of a ListGoals.
                 * @typedef {Object} aico.goal.v1.ListGoals.$Properties
                 * @property {string|null} [userId] ListGoals userId
                 * @property {boolean|null} [includeClosed] ListGoals includeClosed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListGoals.
                 * @memberof aico.goal.v1
                 * @interface IListGoals
                 * @augments aico.goal.v1.ListGoals.$Properties
                 * @deprecated Use aico.goal.v1.ListGoals.$Properties instead.
                 */

                /**
                 * Shape of a ListGoals.
                 * @typedef {aico.goal.v1.ListGoals.$Properties} aico.goal.v1.ListGoals.$Shape
                 */

                /**
                 * Constructs a new ListGoals.
                 * @memberof aico.goal.v1
                 * @classdesc Represents a ListGoals.
                 * @constructor
                 * @param {aico.goal.v1.ListGoals.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListGoals = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListGoals userId.
                 * @member {string} userId
                 * @memberof aico.goal.v1.ListGoals
                 * @instance
                 */
                ListGoals.prototype.userId = "";

                /**
                 * ListGoals includeClosed.
                 * @member {boolean} includeClosed
                 * @memberof aico.goal.v1.ListGoals
                 * @instance
                 */
                ListGoals.prototype.includeClosed = false;

                /**
                 * Creates a new ListGoals instance using the specified properties.
                 * @function create
                 * @memberof aico.goal.v1.ListGoals
                 * @static
                 * @param {aico.goal.v1.ListGoals.$Properties=} [properties] Properties to set
                 * @returns {aico.goal.v1.ListGoals} ListGoals instance
                 * @type {{
                 *   (properties: aico.goal.v1.ListGoals.$Shape): aico.goal.v1.ListGoals & aico.goal.v1.ListGoals.$Shape;
                 *   (properties?: aico.goal.v1.ListGoals.$Properties): aico.goal.v1.ListGoals;
                 * }}
                 */
                ListGoals.create = function(properties) {
                    return new ListGoals(properties);
                };

                /**
                 * Encodes the specified ListGoals message. Does not implicitly {@link aico.goal.v1.ListGoals.verify|verify} messages.
                 * @function encode
                 * @memberof aico.goal.v1.ListGoals
                 * @static
                 * @param {aico.goal.v1.ListGoals.$Properties} message ListGoals message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListGoals.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.includeClosed != null && $Object.hasOwnProperty.call(message, "includeClosed") && message.includeClosed !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.includeClosed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListGoals message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.goal.v1.ListGoals
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.goal.v1.ListGoals & aico.goal.v1.ListGoals.$Shape} ListGoals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListGoals.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.goal.v1.ListGoals();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.includeClosed = value;
                                else
                                    delete message.includeClosed;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ListGoals message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.goal.v1.ListGoals
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.goal.v1.ListGoals} ListGoals
                 */
                ListGoals.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.goal.v1.ListGoals)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.goal.v1.ListGoals: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.goal.v1.ListGoals();
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.includeClosed != null)
                        if (object.includeClosed)
                            message.includeClosed = $Boolean(object.includeClosed);
                    return message;
                };

                /**
                 * Creates a plain object from a ListGoals message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.goal.v1.ListGoals
                 * @static
                 * @param {aico.goal.v1.ListGoals} message ListGoals
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListGoals.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.userId = "";
                        object.includeClosed = false;
                    }
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.includeClosed != null && $Object.hasOwnProperty.call(message, "includeClosed"))
                        object.includeClosed = message.includeClosed;
                    return object;
                };

                /**
                 * Converts this ListGoals to JSON.
                 * @function toJSON
                 * @memberof aico.goal.v1.ListGoals
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListGoals.prototype.toJSON = function() {
                    return ListGoals.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListGoals
                 * @function getTypeUrl
                 * @memberof aico.goal.v1.ListGoals
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListGoals.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.goal.v1.ListGoals";
                };

                return ListGoals;
            })();

            v1.GoalListing = (function() {

                /**
                 * Properties of a GoalListing.
                 * @typedef {Object} aico.goal.v1.GoalListing.$Properties
                 * @property {Array.<aico.goal.v1.GoalView.$Properties>|null} [goals] GoalListing goals
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GoalListing.
                 * @memberof aico.goal.v1
                 * @interface IGoalListing
                 * @augments aico.goal.v1.GoalListing.$Properties
                 * @deprecated Use aico.goal.v1.GoalListing.$Properties instead.
                 */

                /**
                 * Shape of a GoalListing.
                 * @typedef {aico.goal.v1.GoalListing.$Properties} aico.goal.v1.GoalListing.$Shape
                 */

                /**
                 * Constructs a new GoalListing.
                 * @memberof aico.goal.v1
                 * @classdesc Represents a GoalListing.
                 * @constructor
                 * @param {aico.goal.v1.GoalListing.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GoalListing = function (properties) {
                    this.goals = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GoalListing goals.
                 * @member {Array.<aico.goal.v1.GoalView.$Properties>} goals
                 * @memberof aico.goal.v1.GoalListing
                 * @instance
                 */
                GoalListing.prototype.goals = $util.emptyArray;

                /**
                 * Creates a new GoalListing instance using the specified properties.
                 * @function create
                 * @memberof aico.goal.v1.GoalListing
                 * @static
                 * @param {aico.goal.v1.GoalListing.$Properties=} [properties] Properties to set
                 * @returns {aico.goal.v1.GoalListing} GoalListing instance
                 * @type {{
                 *   (properties: aico.goal.v1.GoalListing.$Shape): aico.goal.v1.GoalListing & aico.goal.v1.GoalListing.$Shape;
                 *   (properties?: aico.goal.v1.GoalListing.$Properties): aico.goal.v1.GoalListing;
                 * }}
                 */
                GoalListing.create = function(properties) {
                    return new GoalListing(properties);
                };

                /**
                 * Encodes the specified GoalListing message. Does not implicitly {@link aico.goal.v1.GoalListing.verify|verify} messages.
                 * @function encode
                 * @memberof aico.goal.v1.GoalListing
                 * @static
                 * @param {aico.goal.v1.GoalListing.$Properties} message GoalListing message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GoalListing.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.goals != null && message.goals.length)
                        for (let i = 0; i < message.goals.length; ++i)
                            $root.aico.goal.v1.GoalView.encode(message.goals[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GoalListing message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.goal.v1.GoalListing
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.goal.v1.GoalListing & aico.goal.v1.GoalListing.$Shape} GoalListing
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GoalListing.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.goal.v1.GoalListing();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.goals && message.goals.length))
                                    message.goals = [];
                                message.goals.push($root.aico.goal.v1.GoalView.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a GoalListing message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.goal.v1.GoalListing
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.goal.v1.GoalListing} GoalListing
                 */
                GoalListing.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.goal.v1.GoalListing)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.goal.v1.GoalListing: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.goal.v1.GoalListing();
                    if (object.goals) {
                        if (!$Array.isArray(object.goals))
                            throw $TypeError(".aico.goal.v1.GoalListing.goals: array expected");
                        message.goals = $Array(object.goals.length);
                        for (let i = 0; i < object.goals.length; ++i) {
                            if (!$util.isObject(object.goals[i]))
                                throw $TypeError(".aico.goal.v1.GoalListing.goals: object expected");
                            message.goals[i] = $root.aico.goal.v1.GoalView.fromObject(object.goals[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GoalListing message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.goal.v1.GoalListing
                 * @static
                 * @param {aico.goal.v1.GoalListing} message GoalListing
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GoalListing.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.goals = [];
                    if (message.goals && message.goals.length) {
                        object.goals = $Array(message.goals.length);
                        for (let j = 0; j < message.goals.length; ++j)
                            object.goals[j] = $root.aico.goal.v1.GoalView.toObject(message.goals[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this GoalListing to JSON.
                 * @function toJSON
                 * @memberof aico.goal.v1.GoalListing
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GoalListing.prototype.toJSON = function() {
                    return GoalListing.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GoalListing
                 * @function getTypeUrl
                 * @memberof aico.goal.v1.GoalListing
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GoalListing.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.goal.v1.GoalListing";
                };

                return GoalListing;
            })();

            return v1;
        })();

        return goal;
    })();

    aico.initiative = (function() {

        /**
         * Namespace initiative.
         * @memberof aico
         * @namespace
         */
        const initiative = {};

        initiative.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.initiative
             * @namespace
             */
            const v1 = {};

            v1.InitiativeOutcome = (function() {

                /**
                 * Properties of an InitiativeOutcome.
                 * @typedef {Object} aico.initiative.v1.InitiativeOutcome.$Properties
                 * @property {string|null} [initiativeId] InitiativeOutcome initiativeId
                 * @property {string|null} [kind] InitiativeOutcome kind
                 * @property {string|null} [outcome] InitiativeOutcome outcome
                 * @property {number|null} [at] InitiativeOutcome at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InitiativeOutcome.
                 * @memberof aico.initiative.v1
                 * @interface IInitiativeOutcome
                 * @augments aico.initiative.v1.InitiativeOutcome.$Properties
                 * @deprecated Use aico.initiative.v1.InitiativeOutcome.$Properties instead.
                 */

                /**
                 * Shape of an InitiativeOutcome.
                 * @typedef {aico.initiative.v1.InitiativeOutcome.$Properties} aico.initiative.v1.InitiativeOutcome.$Shape
                 */

                /**
                 * Constructs a new InitiativeOutcome.
                 * @memberof aico.initiative.v1
                 * @classdesc Represents an InitiativeOutcome.
                 * @constructor
                 * @param {aico.initiative.v1.InitiativeOutcome.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InitiativeOutcome = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InitiativeOutcome initiativeId.
                 * @member {string} initiativeId
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @instance
                 */
                InitiativeOutcome.prototype.initiativeId = "";

                /**
                 * InitiativeOutcome kind.
                 * @member {string} kind
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @instance
                 */
                InitiativeOutcome.prototype.kind = "";

                /**
                 * InitiativeOutcome outcome.
                 * @member {string} outcome
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @instance
                 */
                InitiativeOutcome.prototype.outcome = "";

                /**
                 * InitiativeOutcome at.
                 * @member {number} at
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @instance
                 */
                InitiativeOutcome.prototype.at = 0;

                /**
                 * Creates a new InitiativeOutcome instance using the specified properties.
                 * @function create
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @static
                 * @param {aico.initiative.v1.InitiativeOutcome.$Properties=} [properties] Properties to set
                 * @returns {aico.initiative.v1.InitiativeOutcome} InitiativeOutcome instance
                 * @type {{
                 *   (properties: aico.initiative.v1.InitiativeOutcome.$Shape): aico.initiative.v1.InitiativeOutcome & aico.initiative.v1.InitiativeOutcome.$Shape;
                 *   (properties?: aico.initiative.v1.InitiativeOutcome.$Properties): aico.initiative.v1.InitiativeOutcome;
                 * }}
                 */
                InitiativeOutcome.create = function(properties) {
                    return new InitiativeOutcome(properties);
                };

                /**
                 * Encodes the specified InitiativeOutcome message. Does not implicitly {@link aico.initiative.v1.InitiativeOutcome.verify|verify} messages.
                 * @function encode
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @static
                 * @param {aico.initiative.v1.InitiativeOutcome.$Properties} message InitiativeOutcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InitiativeOutcome.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.initiativeId != null && $Object.hasOwnProperty.call(message, "initiativeId") && message.initiativeId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.initiativeId);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.outcome);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InitiativeOutcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.initiative.v1.InitiativeOutcome & aico.initiative.v1.InitiativeOutcome.$Shape} InitiativeOutcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InitiativeOutcome.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.initiative.v1.InitiativeOutcome();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.initiativeId = value;
                                else
                                    delete message.initiativeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outcome = value;
                                else
                                    delete message.outcome;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates an InitiativeOutcome message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.initiative.v1.InitiativeOutcome} InitiativeOutcome
                 */
                InitiativeOutcome.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.initiative.v1.InitiativeOutcome)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.initiative.v1.InitiativeOutcome: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.initiative.v1.InitiativeOutcome();
                    if (object.initiativeId != null)
                        if (typeof object.initiativeId !== "string" || object.initiativeId.length)
                            message.initiativeId = $String(object.initiativeId);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.outcome != null)
                        if (typeof object.outcome !== "string" || object.outcome.length)
                            message.outcome = $String(object.outcome);
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from an InitiativeOutcome message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @static
                 * @param {aico.initiative.v1.InitiativeOutcome} message InitiativeOutcome
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InitiativeOutcome.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.initiativeId = "";
                        object.kind = "";
                        object.outcome = "";
                        object.at = 0;
                    }
                    if (message.initiativeId != null && $Object.hasOwnProperty.call(message, "initiativeId"))
                        object.initiativeId = message.initiativeId;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                        object.outcome = message.outcome;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this InitiativeOutcome to JSON.
                 * @function toJSON
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InitiativeOutcome.prototype.toJSON = function() {
                    return InitiativeOutcome.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InitiativeOutcome
                 * @function getTypeUrl
                 * @memberof aico.initiative.v1.InitiativeOutcome
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InitiativeOutcome.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.initiative.v1.InitiativeOutcome";
                };

                return InitiativeOutcome;
            })();

            v1.Presence = (function() {

                /**
                 * Properties of a Presence.
                 * @typedef {Object} aico.initiative.v1.Presence.$Properties
                 * @property {number|null} [clients] Presence clients
                 * @property {number|null} [at] Presence at
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Presence.
                 * @memberof aico.initiative.v1
                 * @interface IPresence
                 * @augments aico.initiative.v1.Presence.$Properties
                 * @deprecated Use aico.initiative.v1.Presence.$Properties instead.
                 */

                /**
                 * Shape of a Presence.
                 * @typedef {aico.initiative.v1.Presence.$Properties} aico.initiative.v1.Presence.$Shape
                 */

                /**
                 * Constructs a new Presence.
                 * @memberof aico.initiative.v1
                 * @classdesc Represents a Presence.
                 * @constructor
                 * @param {aico.initiative.v1.Presence.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Presence = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Presence clients.
                 * @member {number} clients
                 * @memberof aico.initiative.v1.Presence
                 * @instance
                 */
                Presence.prototype.clients = 0;

                /**
                 * Presence at.
                 * @member {number} at
                 * @memberof aico.initiative.v1.Presence
                 * @instance
                 */
                Presence.prototype.at = 0;

                /**
                 * Creates a new Presence instance using the specified properties.
                 * @function create
                 * @memberof aico.initiative.v1.Presence
                 * @static
                 * @param {aico.initiative.v1.Presence.$Properties=} [properties] Properties to set
                 * @returns {aico.initiative.v1.Presence} Presence instance
                 * @type {{
                 *   (properties: aico.initiative.v1.Presence.$Shape): aico.initiative.v1.Presence & aico.initiative.v1.Presence.$Shape;
                 *   (properties?: aico.initiative.v1.Presence.$Properties): aico.initiative.v1.Presence;
                 * }}
                 */
                Presence.create = function(properties) {
                    return new Presence(properties);
                };

                /**
                 * Encodes the specified Presence message. Does not implicitly {@link aico.initiative.v1.Presence.verify|verify} messages.
                 * @function encode
                 * @memberof aico.initiative.v1.Presence
                 * @static
                 * @param {aico.initiative.v1.Presence.$Properties} message Presence message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Presence.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clients != null && $Object.hasOwnProperty.call(message, "clients") && message.clients !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.clients);
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at") && !$Object.is(message.at, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.at);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Presence message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.initiative.v1.Presence
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.initiative.v1.Presence & aico.initiative.v1.Presence.$Shape} Presence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Presence.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.initiative.v1.Presence();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.clients = value;
                                else
                                    delete message.clients;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.at = value;
                                else
                                    delete message.at;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Presence message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.initiative.v1.Presence
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.initiative.v1.Presence} Presence
                 */
                Presence.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.initiative.v1.Presence)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.initiative.v1.Presence: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.initiative.v1.Presence();
                    if (object.clients != null)
                        if ($Number(object.clients) !== 0)
                            message.clients = object.clients >>> 0;
                    if (object.at != null)
                        if (!$Object.is($Number(object.at), 0))
                            message.at = $Number(object.at);
                    return message;
                };

                /**
                 * Creates a plain object from a Presence message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.initiative.v1.Presence
                 * @static
                 * @param {aico.initiative.v1.Presence} message Presence
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Presence.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.clients = 0;
                        object.at = 0;
                    }
                    if (message.clients != null && $Object.hasOwnProperty.call(message, "clients"))
                        object.clients = message.clients;
                    if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                        object.at = options.json && !$isFinite(message.at) ? $String(message.at) : message.at;
                    return object;
                };

                /**
                 * Converts this Presence to JSON.
                 * @function toJSON
                 * @memberof aico.initiative.v1.Presence
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Presence.prototype.toJSON = function() {
                    return Presence.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Presence
                 * @function getTypeUrl
                 * @memberof aico.initiative.v1.Presence
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Presence.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.initiative.v1.Presence";
                };

                return Presence;
            })();

            return v1;
        })();

        return initiative;
    })();

    aico.memory = (function() {

        /**
         * Namespace memory.
         * @memberof aico
         * @namespace
         */
        const memory = {};

        memory.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.memory
             * @namespace
             */
            const v1 = {};

            v1.StoreMemory = (function() {

                /**
                 * Properties of a StoreMemory.
                 * @typedef {Object} aico.memory.v1.StoreMemory.$Properties
                 * @property {string|null} [content] StoreMemory content
                 * @property {string|null} [kind] StoreMemory kind
                 * @property {string|null} [userId] StoreMemory userId
                 * @property {string|null} [conversationId] StoreMemory conversationId
                 * @property {number|null} [importance] StoreMemory importance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StoreMemory.
                 * @memberof aico.memory.v1
                 * @interface IStoreMemory
                 * @augments aico.memory.v1.StoreMemory.$Properties
                 * @deprecated Use aico.memory.v1.StoreMemory.$Properties instead.
                 */

                /**
                 * Shape of a StoreMemory.
                 * @typedef {aico.memory.v1.StoreMemory.$Properties} aico.memory.v1.StoreMemory.$Shape
                 */

                /**
                 * Constructs a new StoreMemory.
                 * @memberof aico.memory.v1
                 * @classdesc Represents a StoreMemory.
                 * @constructor
                 * @param {aico.memory.v1.StoreMemory.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StoreMemory = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StoreMemory content.
                 * @member {string} content
                 * @memberof aico.memory.v1.StoreMemory
                 * @instance
                 */
                StoreMemory.prototype.content = "";

                /**
                 * StoreMemory kind.
                 * @member {string} kind
                 * @memberof aico.memory.v1.StoreMemory
                 * @instance
                 */
                StoreMemory.prototype.kind = "";

                /**
                 * StoreMemory userId.
                 * @member {string} userId
                 * @memberof aico.memory.v1.StoreMemory
                 * @instance
                 */
                StoreMemory.prototype.userId = "";

                /**
                 * StoreMemory conversationId.
                 * @member {string} conversationId
                 * @memberof aico.memory.v1.StoreMemory
                 * @instance
                 */
                StoreMemory.prototype.conversationId = "";

                /**
                 * StoreMemory importance.
                 * @member {number} importance
                 * @memberof aico.memory.v1.StoreMemory
                 * @instance
                 */
                StoreMemory.prototype.importance = 0;

                /**
                 * Creates a new StoreMemory instance using the specified properties.
                 * @function create
                 * @memberof aico.memory.v1.StoreMemory
                 * @static
                 * @param {aico.memory.v1.StoreMemory.$Properties=} [properties] Properties to set
                 * @returns {aico.memory.v1.StoreMemory} StoreMemory instance
                 * @type {{
                 *   (properties: aico.memory.v1.StoreMemory.$Shape): aico.memory.v1.StoreMemory & aico.memory.v1.StoreMemory.$Shape;
                 *   (properties?: aico.memory.v1.StoreMemory.$Properties): aico.memory.v1.StoreMemory;
                 * }}
                 */
                StoreMemory.create = function(properties) {
                    return new StoreMemory(properties);
                };

                /**
                 * Encodes the specified StoreMemory message. Does not implicitly {@link aico.memory.v1.StoreMemory.verify|verify} messages.
                 * @function encode
                 * @memberof aico.memory.v1.StoreMemory
                 * @static
                 * @param {aico.memory.v1.StoreMemory.$Properties} message StoreMemory message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoreMemory.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.content);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId") && message.conversationId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.conversationId);
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance") && !$Object.is(message.importance, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.importance);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StoreMemory message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.memory.v1.StoreMemory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.memory.v1.StoreMemory & aico.memory.v1.StoreMemory.$Shape} StoreMemory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoreMemory.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.memory.v1.StoreMemory();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.conversationId = value;
                                else
                                    delete message.conversationId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.importance = value;
                                else
                                    delete message.importance;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a StoreMemory message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.memory.v1.StoreMemory
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.memory.v1.StoreMemory} StoreMemory
                 */
                StoreMemory.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.memory.v1.StoreMemory)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.memory.v1.StoreMemory: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.memory.v1.StoreMemory();
                    if (object.content != null)
                        if (typeof object.content !== "string" || object.content.length)
                            message.content = $String(object.content);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.conversationId != null)
                        if (typeof object.conversationId !== "string" || object.conversationId.length)
                            message.conversationId = $String(object.conversationId);
                    if (object.importance != null)
                        if (!$Object.is($Number(object.importance), 0))
                            message.importance = $Number(object.importance);
                    return message;
                };

                /**
                 * Creates a plain object from a StoreMemory message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.memory.v1.StoreMemory
                 * @static
                 * @param {aico.memory.v1.StoreMemory} message StoreMemory
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StoreMemory.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.content = "";
                        object.kind = "";
                        object.userId = "";
                        object.conversationId = "";
                        object.importance = 0;
                    }
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = message.content;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.conversationId != null && $Object.hasOwnProperty.call(message, "conversationId"))
                        object.conversationId = message.conversationId;
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance"))
                        object.importance = options.json && !$isFinite(message.importance) ? $String(message.importance) : message.importance;
                    return object;
                };

                /**
                 * Converts this StoreMemory to JSON.
                 * @function toJSON
                 * @memberof aico.memory.v1.StoreMemory
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StoreMemory.prototype.toJSON = function() {
                    return StoreMemory.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StoreMemory
                 * @function getTypeUrl
                 * @memberof aico.memory.v1.StoreMemory
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StoreMemory.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.memory.v1.StoreMemory";
                };

                return StoreMemory;
            })();

            v1.MemoryStored = (function() {

                /**
                 * Properties of a MemoryStored.
                 * @typedef {Object} aico.memory.v1.MemoryStored.$Properties
                 * @property {string|null} [id] MemoryStored id
                 * @property {number|null} [createdAt] MemoryStored createdAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemoryStored.
                 * @memberof aico.memory.v1
                 * @interface IMemoryStored
                 * @augments aico.memory.v1.MemoryStored.$Properties
                 * @deprecated Use aico.memory.v1.MemoryStored.$Properties instead.
                 */

                /**
                 * Shape of a MemoryStored.
                 * @typedef {aico.memory.v1.MemoryStored.$Properties} aico.memory.v1.MemoryStored.$Shape
                 */

                /**
                 * Constructs a new MemoryStored.
                 * @memberof aico.memory.v1
                 * @classdesc Represents a MemoryStored.
                 * @constructor
                 * @param {aico.memory.v1.MemoryStored.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemoryStored = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemoryStored id.
                 * @member {string} id
                 * @memberof aico.memory.v1.MemoryStored
                 * @instance
                 */
                MemoryStored.prototype.id = "";

                /**
                 * MemoryStored createdAt.
                 * @member {number} createdAt
                 * @memberof aico.memory.v1.MemoryStored
                 * @instance
                 */
                MemoryStored.prototype.createdAt = 0;

                /**
                 * Creates a new MemoryStored instance using the specified properties.
                 * @function create
                 * @memberof aico.memory.v1.MemoryStored
                 * @static
                 * @param {aico.memory.v1.MemoryStored.$Properties=} [properties] Properties to set
                 * @returns {aico.memory.v1.MemoryStored} MemoryStored instance
                 * @type {{
                 *   (properties: aico.memory.v1.MemoryStored.$Shape): aico.memory.v1.MemoryStored & aico.memory.v1.MemoryStored.$Shape;
                 *   (properties?: aico.memory.v1.MemoryStored.$Properties): aico.memory.v1.MemoryStored;
                 * }}
                 */
                MemoryStored.create = function(properties) {
                    return new MemoryStored(properties);
                };

                /**
                 * Encodes the specified MemoryStored message. Does not implicitly {@link aico.memory.v1.MemoryStored.verify|verify} messages.
                 * @function encode
                 * @memberof aico.memory.v1.MemoryStored
                 * @static
                 * @param {aico.memory.v1.MemoryStored.$Properties} message MemoryStored message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemoryStored.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.createdAt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemoryStored message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.memory.v1.MemoryStored
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryStored & aico.memory.v1.MemoryStored.$Shape} MemoryStored
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemoryStored.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.memory.v1.MemoryStored();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MemoryStored message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.memory.v1.MemoryStored
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.memory.v1.MemoryStored} MemoryStored
                 */
                MemoryStored.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.memory.v1.MemoryStored)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.memory.v1.MemoryStored: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.memory.v1.MemoryStored();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.createdAt != null)
                        if (!$Object.is($Number(object.createdAt), 0))
                            message.createdAt = $Number(object.createdAt);
                    return message;
                };

                /**
                 * Creates a plain object from a MemoryStored message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.memory.v1.MemoryStored
                 * @static
                 * @param {aico.memory.v1.MemoryStored} message MemoryStored
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemoryStored.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.createdAt = 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        object.createdAt = options.json && !$isFinite(message.createdAt) ? $String(message.createdAt) : message.createdAt;
                    return object;
                };

                /**
                 * Converts this MemoryStored to JSON.
                 * @function toJSON
                 * @memberof aico.memory.v1.MemoryStored
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemoryStored.prototype.toJSON = function() {
                    return MemoryStored.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemoryStored
                 * @function getTypeUrl
                 * @memberof aico.memory.v1.MemoryStored
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemoryStored.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.memory.v1.MemoryStored";
                };

                return MemoryStored;
            })();

            v1.SearchMemory = (function() {

                /**
                 * Properties of a SearchMemory.
                 * @typedef {Object} aico.memory.v1.SearchMemory.$Properties
                 * @property {string|null} [query] SearchMemory query
                 * @property {string|null} [userId] SearchMemory userId
                 * @property {number|null} [limit] SearchMemory limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SearchMemory.
                 * @memberof aico.memory.v1
                 * @interface ISearchMemory
                 * @augments aico.memory.v1.SearchMemory.$Properties
                 * @deprecated Use aico.memory.v1.SearchMemory.$Properties instead.
                 */

                /**
                 * Shape of a SearchMemory.
                 * @typedef {aico.memory.v1.SearchMemory.$Properties} aico.memory.v1.SearchMemory.$Shape
                 */

                /**
                 * Constructs a new SearchMemory.
                 * @memberof aico.memory.v1
                 * @classdesc Represents a SearchMemory.
                 * @constructor
                 * @param {aico.memory.v1.SearchMemory.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SearchMemory = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SearchMemory query.
                 * @member {string} query
                 * @memberof aico.memory.v1.SearchMemory
                 * @instance
                 */
                SearchMemory.prototype.query = "";

                /**
                 * SearchMemory userId.
                 * @member {string} userId
                 * @memberof aico.memory.v1.SearchMemory
                 * @instance
                 */
                SearchMemory.prototype.userId = "";

                /**
                 * SearchMemory limit.
                 * @member {number} limit
                 * @memberof aico.memory.v1.SearchMemory
                 * @instance
                 */
                SearchMemory.prototype.limit = 0;

                /**
                 * Creates a new SearchMemory instance using the specified properties.
                 * @function create
                 * @memberof aico.memory.v1.SearchMemory
                 * @static
                 * @param {aico.memory.v1.SearchMemory.$Properties=} [properties] Properties to set
                 * @returns {aico.memory.v1.SearchMemory} SearchMemory instance
                 * @type {{
                 *   (properties: aico.memory.v1.SearchMemory.$Shape): aico.memory.v1.SearchMemory & aico.memory.v1.SearchMemory.$Shape;
                 *   (properties?: aico.memory.v1.SearchMemory.$Properties): aico.memory.v1.SearchMemory;
                 * }}
                 */
                SearchMemory.create = function(properties) {
                    return new SearchMemory(properties);
                };

                /**
                 * Encodes the specified SearchMemory message. Does not implicitly {@link aico.memory.v1.SearchMemory.verify|verify} messages.
                 * @function encode
                 * @memberof aico.memory.v1.SearchMemory
                 * @static
                 * @param {aico.memory.v1.SearchMemory.$Properties} message SearchMemory message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SearchMemory.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.query);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SearchMemory message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.memory.v1.SearchMemory
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.memory.v1.SearchMemory & aico.memory.v1.SearchMemory.$Shape} SearchMemory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SearchMemory.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.memory.v1.SearchMemory();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.query = value;
                                else
                                    delete message.query;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a SearchMemory message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.memory.v1.SearchMemory
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.memory.v1.SearchMemory} SearchMemory
                 */
                SearchMemory.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.memory.v1.SearchMemory)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.memory.v1.SearchMemory: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.memory.v1.SearchMemory();
                    if (object.query != null)
                        if (typeof object.query !== "string" || object.query.length)
                            message.query = $String(object.query);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a SearchMemory message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.memory.v1.SearchMemory
                 * @static
                 * @param {aico.memory.v1.SearchMemory} message SearchMemory
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SearchMemory.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.query = "";
                        object.userId = "";
                        object.limit = 0;
                    }
                    if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                        object.query = message.query;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this SearchMemory to JSON.
                 * @function toJSON
                 * @memberof aico.memory.v1.SearchMemory
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SearchMemory.prototype.toJSON = function() {
                    return SearchMemory.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SearchMemory
                 * @function getTypeUrl
                 * @memberof aico.memory.v1.SearchMemory
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SearchMemory.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.memory.v1.SearchMemory";
                };

                return SearchMemory;
            })();

            v1.MemoryHit = (function() {

                /**
                 * Properties of a MemoryHit.
                 * @typedef {Object} aico.memory.v1.MemoryHit.$Properties
                 * @property {string|null} [id] MemoryHit id
                 * @property {string|null} [content] MemoryHit content
                 * @property {string|null} [kind] MemoryHit kind
                 * @property {number|null} [score] MemoryHit score
                 * @property {number|null} [createdAt] MemoryHit createdAt
                 * @property {number|null} [importance] MemoryHit importance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemoryHit.
                 * @memberof aico.memory.v1
                 * @interface IMemoryHit
                 * @augments aico.memory.v1.MemoryHit.$Properties
                 * @deprecated Use aico.memory.v1.MemoryHit.$Properties instead.
                 */

                /**
                 * Shape of a MemoryHit.
                 * @typedef {aico.memory.v1.MemoryHit.$Properties} aico.memory.v1.MemoryHit.$Shape
                 */

                /**
                 * Constructs a new MemoryHit.
                 * @memberof aico.memory.v1
                 * @classdesc Represents a MemoryHit.
                 * @constructor
                 * @param {aico.memory.v1.MemoryHit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemoryHit = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemoryHit id.
                 * @member {string} id
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 */
                MemoryHit.prototype.id = "";

                /**
                 * MemoryHit content.
                 * @member {string} content
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 */
                MemoryHit.prototype.content = "";

                /**
                 * MemoryHit kind.
                 * @member {string} kind
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 */
                MemoryHit.prototype.kind = "";

                /**
                 * MemoryHit score.
                 * @member {number} score
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 */
                MemoryHit.prototype.score = 0;

                /**
                 * MemoryHit createdAt.
                 * @member {number} createdAt
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 */
                MemoryHit.prototype.createdAt = 0;

                /**
                 * MemoryHit importance.
                 * @member {number} importance
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 */
                MemoryHit.prototype.importance = 0;

                /**
                 * Creates a new MemoryHit instance using the specified properties.
                 * @function create
                 * @memberof aico.memory.v1.MemoryHit
                 * @static
                 * @param {aico.memory.v1.MemoryHit.$Properties=} [properties] Properties to set
                 * @returns {aico.memory.v1.MemoryHit} MemoryHit instance
                 * @type {{
                 *   (properties: aico.memory.v1.MemoryHit.$Shape): aico.memory.v1.MemoryHit & aico.memory.v1.MemoryHit.$Shape;
                 *   (properties?: aico.memory.v1.MemoryHit.$Properties): aico.memory.v1.MemoryHit;
                 * }}
                 */
                MemoryHit.create = function(properties) {
                    return new MemoryHit(properties);
                };

                /**
                 * Encodes the specified MemoryHit message. Does not implicitly {@link aico.memory.v1.MemoryHit.verify|verify} messages.
                 * @function encode
                 * @memberof aico.memory.v1.MemoryHit
                 * @static
                 * @param {aico.memory.v1.MemoryHit.$Properties} message MemoryHit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemoryHit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                    if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.score);
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && !$Object.is(message.createdAt, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.createdAt);
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance") && !$Object.is(message.importance, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.importance);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemoryHit message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.memory.v1.MemoryHit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryHit & aico.memory.v1.MemoryHit.$Shape} MemoryHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemoryHit.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.memory.v1.MemoryHit();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.score = value;
                                else
                                    delete message.score;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAt = value;
                                else
                                    delete message.createdAt;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.importance = value;
                                else
                                    delete message.importance;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MemoryHit message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.memory.v1.MemoryHit
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.memory.v1.MemoryHit} MemoryHit
                 */
                MemoryHit.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.memory.v1.MemoryHit)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.memory.v1.MemoryHit: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.memory.v1.MemoryHit();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.content != null)
                        if (typeof object.content !== "string" || object.content.length)
                            message.content = $String(object.content);
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.score != null)
                        if (!$Object.is($Number(object.score), 0))
                            message.score = $Number(object.score);
                    if (object.createdAt != null)
                        if (!$Object.is($Number(object.createdAt), 0))
                            message.createdAt = $Number(object.createdAt);
                    if (object.importance != null)
                        if (!$Object.is($Number(object.importance), 0))
                            message.importance = $Number(object.importance);
                    return message;
                };

                /**
                 * Creates a plain object from a MemoryHit message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.memory.v1.MemoryHit
                 * @static
                 * @param {aico.memory.v1.MemoryHit} message MemoryHit
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemoryHit.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.content = "";
                        object.kind = "";
                        object.score = 0;
                        object.createdAt = 0;
                        object.importance = 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = message.content;
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                        object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                    if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                        object.createdAt = options.json && !$isFinite(message.createdAt) ? $String(message.createdAt) : message.createdAt;
                    if (message.importance != null && $Object.hasOwnProperty.call(message, "importance"))
                        object.importance = options.json && !$isFinite(message.importance) ? $String(message.importance) : message.importance;
                    return object;
                };

                /**
                 * Converts this MemoryHit to JSON.
                 * @function toJSON
                 * @memberof aico.memory.v1.MemoryHit
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemoryHit.prototype.toJSON = function() {
                    return MemoryHit.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemoryHit
                 * @function getTypeUrl
                 * @memberof aico.memory.v1.MemoryHit
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemoryHit.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.memory.v1.MemoryHit";
                };

                return MemoryHit;
            })();

            v1.MemoryResults = (function() {

                /**
                 * Properties of a MemoryResults.
                 * @typedef {Object} aico.memory.v1.MemoryResults.$Properties
                 * @property {Array.<aico.memory.v1.MemoryHit.$Properties>|null} [hits] MemoryResults hits
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemoryResults.
                 * @memberof aico.memory.v1
                 * @interface IMemoryResults
                 * @augments aico.memory.v1.MemoryResults.$Properties
                 * @deprecated Use aico.memory.v1.MemoryResults.$Properties instead.
                 */

                /**
                 * Shape of a MemoryResults.
                 * @typedef {aico.memory.v1.MemoryResults.$Properties} aico.memory.v1.MemoryResults.$Shape
                 */

                /**
                 * Constructs a new MemoryResults.
                 * @memberof aico.memory.v1
                 * @classdesc Represents a MemoryResults.
                 * @constructor
                 * @param {aico.memory.v1.MemoryResults.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemoryResults = function (properties) {
                    this.hits = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemoryResults hits.
                 * @member {Array.<aico.memory.v1.MemoryHit.$Properties>} hits
                 * @memberof aico.memory.v1.MemoryResults
                 * @instance
                 */
                MemoryResults.prototype.hits = $util.emptyArray;

                /**
                 * Creates a new MemoryResults instance using the specified properties.
                 * @function create
                 * @memberof aico.memory.v1.MemoryResults
                 * @static
                 * @param {aico.memory.v1.MemoryResults.$Properties=} [properties] Properties to set
                 * @returns {aico.memory.v1.MemoryResults} MemoryResults instance
                 * @type {{
                 *   (properties: aico.memory.v1.MemoryResults.$Shape): aico.memory.v1.MemoryResults & aico.memory.v1.MemoryResults.$Shape;
                 *   (properties?: aico.memory.v1.MemoryResults.$Properties): aico.memory.v1.MemoryResults;
                 * }}
                 */
                MemoryResults.create = function(properties) {
                    return new MemoryResults(properties);
                };

                /**
                 * Encodes the specified MemoryResults message. Does not implicitly {@link aico.memory.v1.MemoryResults.verify|verify} messages.
                 * @function encode
                 * @memberof aico.memory.v1.MemoryResults
                 * @static
                 * @param {aico.memory.v1.MemoryResults.$Properties} message MemoryResults message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemoryResults.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hits != null && message.hits.length)
                        for (let i = 0; i < message.hits.length; ++i)
                            $root.aico.memory.v1.MemoryHit.encode(message.hits[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemoryResults message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.memory.v1.MemoryResults
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryResults & aico.memory.v1.MemoryResults.$Shape} MemoryResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemoryResults.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.memory.v1.MemoryResults();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.hits && message.hits.length))
                                    message.hits = [];
                                message.hits.push($root.aico.memory.v1.MemoryHit.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MemoryResults message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.memory.v1.MemoryResults
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.memory.v1.MemoryResults} MemoryResults
                 */
                MemoryResults.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.memory.v1.MemoryResults)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.memory.v1.MemoryResults: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.memory.v1.MemoryResults();
                    if (object.hits) {
                        if (!$Array.isArray(object.hits))
                            throw $TypeError(".aico.memory.v1.MemoryResults.hits: array expected");
                        message.hits = $Array(object.hits.length);
                        for (let i = 0; i < object.hits.length; ++i) {
                            if (!$util.isObject(object.hits[i]))
                                throw $TypeError(".aico.memory.v1.MemoryResults.hits: object expected");
                            message.hits[i] = $root.aico.memory.v1.MemoryHit.fromObject(object.hits[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MemoryResults message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.memory.v1.MemoryResults
                 * @static
                 * @param {aico.memory.v1.MemoryResults} message MemoryResults
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemoryResults.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.hits = [];
                    if (message.hits && message.hits.length) {
                        object.hits = $Array(message.hits.length);
                        for (let j = 0; j < message.hits.length; ++j)
                            object.hits[j] = $root.aico.memory.v1.MemoryHit.toObject(message.hits[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this MemoryResults to JSON.
                 * @function toJSON
                 * @memberof aico.memory.v1.MemoryResults
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemoryResults.prototype.toJSON = function() {
                    return MemoryResults.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemoryResults
                 * @function getTypeUrl
                 * @memberof aico.memory.v1.MemoryResults
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemoryResults.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.memory.v1.MemoryResults";
                };

                return MemoryResults;
            })();

            v1.MemoryFailed = (function() {

                /**
                 * Properties of a MemoryFailed.
                 * @typedef {Object} aico.memory.v1.MemoryFailed.$Properties
                 * @property {string|null} [code] MemoryFailed code
                 * @property {string|null} [reason] MemoryFailed reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemoryFailed.
                 * @memberof aico.memory.v1
                 * @interface IMemoryFailed
                 * @augments aico.memory.v1.MemoryFailed.$Properties
                 * @deprecated Use aico.memory.v1.MemoryFailed.$Properties instead.
                 */

                /**
                 * Shape of a MemoryFailed.
                 * @typedef {aico.memory.v1.MemoryFailed.$Properties} aico.memory.v1.MemoryFailed.$Shape
                 */

                /**
                 * Constructs a new MemoryFailed.
                 * @memberof aico.memory.v1
                 * @classdesc Represents a MemoryFailed.
                 * @constructor
                 * @param {aico.memory.v1.MemoryFailed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemoryFailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemoryFailed code.
                 * @member {string} code
                 * @memberof aico.memory.v1.MemoryFailed
                 * @instance
                 */
                MemoryFailed.prototype.code = "";

                /**
                 * MemoryFailed reason.
                 * @member {string} reason
                 * @memberof aico.memory.v1.MemoryFailed
                 * @instance
                 */
                MemoryFailed.prototype.reason = "";

                /**
                 * Creates a new MemoryFailed instance using the specified properties.
                 * @function create
                 * @memberof aico.memory.v1.MemoryFailed
                 * @static
                 * @param {aico.memory.v1.MemoryFailed.$Properties=} [properties] Properties to set
                 * @returns {aico.memory.v1.MemoryFailed} MemoryFailed instance
                 * @type {{
                 *   (properties: aico.memory.v1.MemoryFailed.$Shape): aico.memory.v1.MemoryFailed & aico.memory.v1.MemoryFailed.$Shape;
                 *   (properties?: aico.memory.v1.MemoryFailed.$Properties): aico.memory.v1.MemoryFailed;
                 * }}
                 */
                MemoryFailed.create = function(properties) {
                    return new MemoryFailed(properties);
                };

                /**
                 * Encodes the specified MemoryFailed message. Does not implicitly {@link aico.memory.v1.MemoryFailed.verify|verify} messages.
                 * @function encode
                 * @memberof aico.memory.v1.MemoryFailed
                 * @static
                 * @param {aico.memory.v1.MemoryFailed.$Properties} message MemoryFailed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemoryFailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemoryFailed message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.memory.v1.MemoryFailed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryFailed & aico.memory.v1.MemoryFailed.$Shape} MemoryFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemoryFailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.memory.v1.MemoryFailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a MemoryFailed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.memory.v1.MemoryFailed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.memory.v1.MemoryFailed} MemoryFailed
                 */
                MemoryFailed.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.memory.v1.MemoryFailed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.memory.v1.MemoryFailed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.memory.v1.MemoryFailed();
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a MemoryFailed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.memory.v1.MemoryFailed
                 * @static
                 * @param {aico.memory.v1.MemoryFailed} message MemoryFailed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemoryFailed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = "";
                        object.reason = "";
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this MemoryFailed to JSON.
                 * @function toJSON
                 * @memberof aico.memory.v1.MemoryFailed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemoryFailed.prototype.toJSON = function() {
                    return MemoryFailed.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MemoryFailed
                 * @function getTypeUrl
                 * @memberof aico.memory.v1.MemoryFailed
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MemoryFailed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.memory.v1.MemoryFailed";
                };

                return MemoryFailed;
            })();

            return v1;
        })();

        return memory;
    })();

    aico.model = (function() {

        /**
         * Namespace model.
         * @memberof aico
         * @namespace
         */
        const model = {};

        model.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.model
             * @namespace
             */
            const v1 = {};

            v1.ChatMessage = (function() {

                /**
                 * Properties of a ChatMessage.
                 * @typedef {Object} aico.model.v1.ChatMessage.$Properties
                 * @property {string|null} [role] ChatMessage role
                 * @property {string|null} [content] ChatMessage content
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChatMessage.
                 * @memberof aico.model.v1
                 * @interface IChatMessage
                 * @augments aico.model.v1.ChatMessage.$Properties
                 * @deprecated Use aico.model.v1.ChatMessage.$Properties instead.
                 */

                /**
                 * Shape of a ChatMessage.
                 * @typedef {aico.model.v1.ChatMessage.$Properties} aico.model.v1.ChatMessage.$Shape
                 */

                /**
                 * Constructs a new ChatMessage.
                 * @memberof aico.model.v1
                 * @classdesc Represents a ChatMessage.
                 * @constructor
                 * @param {aico.model.v1.ChatMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChatMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChatMessage role.
                 * @member {string} role
                 * @memberof aico.model.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.role = "";

                /**
                 * ChatMessage content.
                 * @member {string} content
                 * @memberof aico.model.v1.ChatMessage
                 * @instance
                 */
                ChatMessage.prototype.content = "";

                /**
                 * Creates a new ChatMessage instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.ChatMessage
                 * @static
                 * @param {aico.model.v1.ChatMessage.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.ChatMessage} ChatMessage instance
                 * @type {{
                 *   (properties: aico.model.v1.ChatMessage.$Shape): aico.model.v1.ChatMessage & aico.model.v1.ChatMessage.$Shape;
                 *   (properties?: aico.model.v1.ChatMessage.$Properties): aico.model.v1.ChatMessage;
                 * }}
                 */
                ChatMessage.create = function(properties) {
                    return new ChatMessage(properties);
                };

                /**
                 * Encodes the specified ChatMessage message. Does not implicitly {@link aico.model.v1.ChatMessage.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.ChatMessage
                 * @static
                 * @param {aico.model.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChatMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ChatMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.ChatMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.ChatMessage & aico.model.v1.ChatMessage.$Shape} ChatMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChatMessage.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.ChatMessage();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.content = value;
                                else
                                    delete message.content;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.ChatMessage
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.ChatMessage} ChatMessage
                 */
                ChatMessage.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.ChatMessage)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.ChatMessage: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.ChatMessage();
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.content != null)
                        if (typeof object.content !== "string" || object.content.length)
                            message.content = $String(object.content);
                    return message;
                };

                /**
                 * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.ChatMessage
                 * @static
                 * @param {aico.model.v1.ChatMessage} message ChatMessage
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ChatMessage.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.role = "";
                        object.content = "";
                    }
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        object.content = message.content;
                    return object;
                };

                /**
                 * Converts this ChatMessage to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.ChatMessage
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ChatMessage.prototype.toJSON = function() {
                    return ChatMessage.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ChatMessage
                 * @function getTypeUrl
                 * @memberof aico.model.v1.ChatMessage
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ChatMessage.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.ChatMessage";
                };

                return ChatMessage;
            })();

            v1.Generate = (function() {

                /**
                 * Properties of a Generate.
                 * @typedef {Object} aico.model.v1.Generate.$Properties
                 * @property {string|null} [requestId] Generate requestId
                 * @property {string|null} [priority] Generate priority
                 * @property {Array.<aico.model.v1.ChatMessage.$Properties>|null} [messages] Generate messages
                 * @property {number|null} [maxTokens] Generate maxTokens
                 * @property {number|null} [temperature] Generate temperature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Generate.
                 * @memberof aico.model.v1
                 * @interface IGenerate
                 * @augments aico.model.v1.Generate.$Properties
                 * @deprecated Use aico.model.v1.Generate.$Properties instead.
                 */

                /**
                 * Shape of a Generate.
                 * @typedef {aico.model.v1.Generate.$Properties} aico.model.v1.Generate.$Shape
                 */

                /**
                 * Constructs a new Generate.
                 * @memberof aico.model.v1
                 * @classdesc Represents a Generate.
                 * @constructor
                 * @param {aico.model.v1.Generate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Generate = function (properties) {
                    this.messages = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Generate requestId.
                 * @member {string} requestId
                 * @memberof aico.model.v1.Generate
                 * @instance
                 */
                Generate.prototype.requestId = "";

                /**
                 * Generate priority.
                 * @member {string} priority
                 * @memberof aico.model.v1.Generate
                 * @instance
                 */
                Generate.prototype.priority = "";

                /**
                 * Generate messages.
                 * @member {Array.<aico.model.v1.ChatMessage.$Properties>} messages
                 * @memberof aico.model.v1.Generate
                 * @instance
                 */
                Generate.prototype.messages = $util.emptyArray;

                /**
                 * Generate maxTokens.
                 * @member {number} maxTokens
                 * @memberof aico.model.v1.Generate
                 * @instance
                 */
                Generate.prototype.maxTokens = 0;

                /**
                 * Generate temperature.
                 * @member {number} temperature
                 * @memberof aico.model.v1.Generate
                 * @instance
                 */
                Generate.prototype.temperature = 0;

                /**
                 * Creates a new Generate instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.Generate
                 * @static
                 * @param {aico.model.v1.Generate.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.Generate} Generate instance
                 * @type {{
                 *   (properties: aico.model.v1.Generate.$Shape): aico.model.v1.Generate & aico.model.v1.Generate.$Shape;
                 *   (properties?: aico.model.v1.Generate.$Properties): aico.model.v1.Generate;
                 * }}
                 */
                Generate.create = function(properties) {
                    return new Generate(properties);
                };

                /**
                 * Encodes the specified Generate message. Does not implicitly {@link aico.model.v1.Generate.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.Generate
                 * @static
                 * @param {aico.model.v1.Generate.$Properties} message Generate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Generate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.priority);
                    if (message.messages != null && message.messages.length)
                        for (let i = 0; i < message.messages.length; ++i)
                            $root.aico.model.v1.ChatMessage.encode(message.messages[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens") && message.maxTokens !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxTokens);
                    if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature") && !$Object.is(message.temperature, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.temperature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Generate message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.Generate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.Generate & aico.model.v1.Generate.$Shape} Generate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Generate.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.Generate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priority = value;
                                else
                                    delete message.priority;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.messages && message.messages.length))
                                    message.messages = [];
                                message.messages.push($root.aico.model.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxTokens = value;
                                else
                                    delete message.maxTokens;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.temperature = value;
                                else
                                    delete message.temperature;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Generate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.Generate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.Generate} Generate
                 */
                Generate.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.Generate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.Generate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.Generate();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.priority != null)
                        if (typeof object.priority !== "string" || object.priority.length)
                            message.priority = $String(object.priority);
                    if (object.messages) {
                        if (!$Array.isArray(object.messages))
                            throw $TypeError(".aico.model.v1.Generate.messages: array expected");
                        message.messages = $Array(object.messages.length);
                        for (let i = 0; i < object.messages.length; ++i) {
                            if (!$util.isObject(object.messages[i]))
                                throw $TypeError(".aico.model.v1.Generate.messages: object expected");
                            message.messages[i] = $root.aico.model.v1.ChatMessage.fromObject(object.messages[i], _depth + 1);
                        }
                    }
                    if (object.maxTokens != null)
                        if ($Number(object.maxTokens) !== 0)
                            message.maxTokens = object.maxTokens >>> 0;
                    if (object.temperature != null)
                        if (!$Object.is($Number(object.temperature), 0))
                            message.temperature = $Number(object.temperature);
                    return message;
                };

                /**
                 * Creates a plain object from a Generate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.Generate
                 * @static
                 * @param {aico.model.v1.Generate} message Generate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Generate.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.messages = [];
                    if (options.defaults) {
                        object.requestId = "";
                        object.priority = "";
                        object.maxTokens = 0;
                        object.temperature = 0;
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        object.priority = message.priority;
                    if (message.messages && message.messages.length) {
                        object.messages = $Array(message.messages.length);
                        for (let j = 0; j < message.messages.length; ++j)
                            object.messages[j] = $root.aico.model.v1.ChatMessage.toObject(message.messages[j], options, _depth + 1);
                    }
                    if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                        object.maxTokens = message.maxTokens;
                    if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                        object.temperature = options.json && !$isFinite(message.temperature) ? $String(message.temperature) : message.temperature;
                    return object;
                };

                /**
                 * Converts this Generate to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.Generate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Generate.prototype.toJSON = function() {
                    return Generate.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Generate
                 * @function getTypeUrl
                 * @memberof aico.model.v1.Generate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Generate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.Generate";
                };

                return Generate;
            })();

            v1.Delta = (function() {

                /**
                 * Properties of a Delta.
                 * @typedef {Object} aico.model.v1.Delta.$Properties
                 * @property {string|null} [requestId] Delta requestId
                 * @property {number|null} [seq] Delta seq
                 * @property {string|null} [text] Delta text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Delta.
                 * @memberof aico.model.v1
                 * @interface IDelta
                 * @augments aico.model.v1.Delta.$Properties
                 * @deprecated Use aico.model.v1.Delta.$Properties instead.
                 */

                /**
                 * Shape of a Delta.
                 * @typedef {aico.model.v1.Delta.$Properties} aico.model.v1.Delta.$Shape
                 */

                /**
                 * Constructs a new Delta.
                 * @memberof aico.model.v1
                 * @classdesc Represents a Delta.
                 * @constructor
                 * @param {aico.model.v1.Delta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Delta = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Delta requestId.
                 * @member {string} requestId
                 * @memberof aico.model.v1.Delta
                 * @instance
                 */
                Delta.prototype.requestId = "";

                /**
                 * Delta seq.
                 * @member {number} seq
                 * @memberof aico.model.v1.Delta
                 * @instance
                 */
                Delta.prototype.seq = 0;

                /**
                 * Delta text.
                 * @member {string} text
                 * @memberof aico.model.v1.Delta
                 * @instance
                 */
                Delta.prototype.text = "";

                /**
                 * Creates a new Delta instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.Delta
                 * @static
                 * @param {aico.model.v1.Delta.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.Delta} Delta instance
                 * @type {{
                 *   (properties: aico.model.v1.Delta.$Shape): aico.model.v1.Delta & aico.model.v1.Delta.$Shape;
                 *   (properties?: aico.model.v1.Delta.$Properties): aico.model.v1.Delta;
                 * }}
                 */
                Delta.create = function(properties) {
                    return new Delta(properties);
                };

                /**
                 * Encodes the specified Delta message. Does not implicitly {@link aico.model.v1.Delta.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.Delta
                 * @static
                 * @param {aico.model.v1.Delta.$Properties} message Delta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Delta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seq);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Delta message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.Delta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.Delta & aico.model.v1.Delta.$Shape} Delta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Delta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.Delta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Delta message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.Delta
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.Delta} Delta
                 */
                Delta.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.Delta)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.Delta: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.Delta();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.seq != null)
                        if ($Number(object.seq) !== 0)
                            message.seq = object.seq >>> 0;
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    return message;
                };

                /**
                 * Creates a plain object from a Delta message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.Delta
                 * @static
                 * @param {aico.model.v1.Delta} message Delta
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Delta.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.seq = 0;
                        object.text = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        object.seq = message.seq;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    return object;
                };

                /**
                 * Converts this Delta to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.Delta
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Delta.prototype.toJSON = function() {
                    return Delta.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Delta
                 * @function getTypeUrl
                 * @memberof aico.model.v1.Delta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Delta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.Delta";
                };

                return Delta;
            })();

            v1.Generated = (function() {

                /**
                 * Properties of a Generated.
                 * @typedef {Object} aico.model.v1.Generated.$Properties
                 * @property {string|null} [requestId] Generated requestId
                 * @property {string|null} [text] Generated text
                 * @property {number|null} [promptTokens] Generated promptTokens
                 * @property {number|null} [completionTokens] Generated completionTokens
                 * @property {number|null} [firstTokenMs] Generated firstTokenMs
                 * @property {number|null} [totalMs] Generated totalMs
                 * @property {string|null} [provider] Generated provider
                 * @property {string|null} [model] Generated model
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Generated.
                 * @memberof aico.model.v1
                 * @interface IGenerated
                 * @augments aico.model.v1.Generated.$Properties
                 * @deprecated Use aico.model.v1.Generated.$Properties instead.
                 */

                /**
                 * Shape of a Generated.
                 * @typedef {aico.model.v1.Generated.$Properties} aico.model.v1.Generated.$Shape
                 */

                /**
                 * Constructs a new Generated.
                 * @memberof aico.model.v1
                 * @classdesc Represents a Generated.
                 * @constructor
                 * @param {aico.model.v1.Generated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Generated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Generated requestId.
                 * @member {string} requestId
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.requestId = "";

                /**
                 * Generated text.
                 * @member {string} text
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.text = "";

                /**
                 * Generated promptTokens.
                 * @member {number} promptTokens
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.promptTokens = 0;

                /**
                 * Generated completionTokens.
                 * @member {number} completionTokens
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.completionTokens = 0;

                /**
                 * Generated firstTokenMs.
                 * @member {number} firstTokenMs
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.firstTokenMs = 0;

                /**
                 * Generated totalMs.
                 * @member {number} totalMs
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.totalMs = 0;

                /**
                 * Generated provider.
                 * @member {string} provider
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.provider = "";

                /**
                 * Generated model.
                 * @member {string} model
                 * @memberof aico.model.v1.Generated
                 * @instance
                 */
                Generated.prototype.model = "";

                /**
                 * Creates a new Generated instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.Generated
                 * @static
                 * @param {aico.model.v1.Generated.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.Generated} Generated instance
                 * @type {{
                 *   (properties: aico.model.v1.Generated.$Shape): aico.model.v1.Generated & aico.model.v1.Generated.$Shape;
                 *   (properties?: aico.model.v1.Generated.$Properties): aico.model.v1.Generated;
                 * }}
                 */
                Generated.create = function(properties) {
                    return new Generated(properties);
                };

                /**
                 * Encodes the specified Generated message. Does not implicitly {@link aico.model.v1.Generated.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.Generated
                 * @static
                 * @param {aico.model.v1.Generated.$Properties} message Generated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Generated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                    if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens") && message.promptTokens !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.promptTokens);
                    if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.completionTokens);
                    if (message.firstTokenMs != null && $Object.hasOwnProperty.call(message, "firstTokenMs") && !$Object.is(message.firstTokenMs, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.firstTokenMs);
                    if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs") && !$Object.is(message.totalMs, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.totalMs);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.provider);
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.model);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Generated message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.Generated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.Generated & aico.model.v1.Generated.$Shape} Generated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Generated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.Generated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.promptTokens = value;
                                else
                                    delete message.promptTokens;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.completionTokens = value;
                                else
                                    delete message.completionTokens;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.firstTokenMs = value;
                                else
                                    delete message.firstTokenMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.totalMs = value;
                                else
                                    delete message.totalMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.model = value;
                                else
                                    delete message.model;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Generated message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.Generated
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.Generated} Generated
                 */
                Generated.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.Generated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.Generated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.Generated();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.text != null)
                        if (typeof object.text !== "string" || object.text.length)
                            message.text = $String(object.text);
                    if (object.promptTokens != null)
                        if ($Number(object.promptTokens) !== 0)
                            message.promptTokens = object.promptTokens >>> 0;
                    if (object.completionTokens != null)
                        if ($Number(object.completionTokens) !== 0)
                            message.completionTokens = object.completionTokens >>> 0;
                    if (object.firstTokenMs != null)
                        if (!$Object.is($Number(object.firstTokenMs), 0))
                            message.firstTokenMs = $Number(object.firstTokenMs);
                    if (object.totalMs != null)
                        if (!$Object.is($Number(object.totalMs), 0))
                            message.totalMs = $Number(object.totalMs);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.model != null)
                        if (typeof object.model !== "string" || object.model.length)
                            message.model = $String(object.model);
                    return message;
                };

                /**
                 * Creates a plain object from a Generated message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.Generated
                 * @static
                 * @param {aico.model.v1.Generated} message Generated
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Generated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.text = "";
                        object.promptTokens = 0;
                        object.completionTokens = 0;
                        object.firstTokenMs = 0;
                        object.totalMs = 0;
                        object.provider = "";
                        object.model = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens"))
                        object.promptTokens = message.promptTokens;
                    if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens"))
                        object.completionTokens = message.completionTokens;
                    if (message.firstTokenMs != null && $Object.hasOwnProperty.call(message, "firstTokenMs"))
                        object.firstTokenMs = options.json && !$isFinite(message.firstTokenMs) ? $String(message.firstTokenMs) : message.firstTokenMs;
                    if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs"))
                        object.totalMs = options.json && !$isFinite(message.totalMs) ? $String(message.totalMs) : message.totalMs;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                        object.model = message.model;
                    return object;
                };

                /**
                 * Converts this Generated to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.Generated
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Generated.prototype.toJSON = function() {
                    return Generated.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Generated
                 * @function getTypeUrl
                 * @memberof aico.model.v1.Generated
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Generated.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.Generated";
                };

                return Generated;
            })();

            v1.GenerateFailed = (function() {

                /**
                 * Properties of a GenerateFailed.
                 * @typedef {Object} aico.model.v1.GenerateFailed.$Properties
                 * @property {string|null} [requestId] GenerateFailed requestId
                 * @property {string|null} [code] GenerateFailed code
                 * @property {string|null} [reason] GenerateFailed reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GenerateFailed.
                 * @memberof aico.model.v1
                 * @interface IGenerateFailed
                 * @augments aico.model.v1.GenerateFailed.$Properties
                 * @deprecated Use aico.model.v1.GenerateFailed.$Properties instead.
                 */

                /**
                 * Shape of a GenerateFailed.
                 * @typedef {aico.model.v1.GenerateFailed.$Properties} aico.model.v1.GenerateFailed.$Shape
                 */

                /**
                 * Constructs a new GenerateFailed.
                 * @memberof aico.model.v1
                 * @classdesc Represents a GenerateFailed.
                 * @constructor
                 * @param {aico.model.v1.GenerateFailed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GenerateFailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GenerateFailed requestId.
                 * @member {string} requestId
                 * @memberof aico.model.v1.GenerateFailed
                 * @instance
                 */
                GenerateFailed.prototype.requestId = "";

                /**
                 * GenerateFailed code.
                 * @member {string} code
                 * @memberof aico.model.v1.GenerateFailed
                 * @instance
                 */
                GenerateFailed.prototype.code = "";

                /**
                 * GenerateFailed reason.
                 * @member {string} reason
                 * @memberof aico.model.v1.GenerateFailed
                 * @instance
                 */
                GenerateFailed.prototype.reason = "";

                /**
                 * Creates a new GenerateFailed instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.GenerateFailed
                 * @static
                 * @param {aico.model.v1.GenerateFailed.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.GenerateFailed} GenerateFailed instance
                 * @type {{
                 *   (properties: aico.model.v1.GenerateFailed.$Shape): aico.model.v1.GenerateFailed & aico.model.v1.GenerateFailed.$Shape;
                 *   (properties?: aico.model.v1.GenerateFailed.$Properties): aico.model.v1.GenerateFailed;
                 * }}
                 */
                GenerateFailed.create = function(properties) {
                    return new GenerateFailed(properties);
                };

                /**
                 * Encodes the specified GenerateFailed message. Does not implicitly {@link aico.model.v1.GenerateFailed.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.GenerateFailed
                 * @static
                 * @param {aico.model.v1.GenerateFailed.$Properties} message GenerateFailed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenerateFailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GenerateFailed message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.GenerateFailed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.GenerateFailed & aico.model.v1.GenerateFailed.$Shape} GenerateFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenerateFailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.GenerateFailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a GenerateFailed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.GenerateFailed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.GenerateFailed} GenerateFailed
                 */
                GenerateFailed.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.GenerateFailed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.GenerateFailed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.GenerateFailed();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    if (object.code != null)
                        if (typeof object.code !== "string" || object.code.length)
                            message.code = $String(object.code);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a GenerateFailed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.GenerateFailed
                 * @static
                 * @param {aico.model.v1.GenerateFailed} message GenerateFailed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GenerateFailed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.requestId = "";
                        object.code = "";
                        object.reason = "";
                    }
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this GenerateFailed to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.GenerateFailed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GenerateFailed.prototype.toJSON = function() {
                    return GenerateFailed.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GenerateFailed
                 * @function getTypeUrl
                 * @memberof aico.model.v1.GenerateFailed
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GenerateFailed.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.GenerateFailed";
                };

                return GenerateFailed;
            })();

            v1.Cancel = (function() {

                /**
                 * Properties of a Cancel.
                 * @typedef {Object} aico.model.v1.Cancel.$Properties
                 * @property {string|null} [requestId] Cancel requestId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Cancel.
                 * @memberof aico.model.v1
                 * @interface ICancel
                 * @augments aico.model.v1.Cancel.$Properties
                 * @deprecated Use aico.model.v1.Cancel.$Properties instead.
                 */

                /**
                 * Shape of a Cancel.
                 * @typedef {aico.model.v1.Cancel.$Properties} aico.model.v1.Cancel.$Shape
                 */

                /**
                 * Constructs a new Cancel.
                 * @memberof aico.model.v1
                 * @classdesc Represents a Cancel.
                 * @constructor
                 * @param {aico.model.v1.Cancel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Cancel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Cancel requestId.
                 * @member {string} requestId
                 * @memberof aico.model.v1.Cancel
                 * @instance
                 */
                Cancel.prototype.requestId = "";

                /**
                 * Creates a new Cancel instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.Cancel
                 * @static
                 * @param {aico.model.v1.Cancel.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.Cancel} Cancel instance
                 * @type {{
                 *   (properties: aico.model.v1.Cancel.$Shape): aico.model.v1.Cancel & aico.model.v1.Cancel.$Shape;
                 *   (properties?: aico.model.v1.Cancel.$Properties): aico.model.v1.Cancel;
                 * }}
                 */
                Cancel.create = function(properties) {
                    return new Cancel(properties);
                };

                /**
                 * Encodes the specified Cancel message. Does not implicitly {@link aico.model.v1.Cancel.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.Cancel
                 * @static
                 * @param {aico.model.v1.Cancel.$Properties} message Cancel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cancel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Cancel message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.Cancel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.Cancel & aico.model.v1.Cancel.$Shape} Cancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cancel.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.Cancel();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Cancel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.Cancel
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.Cancel} Cancel
                 */
                Cancel.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.Cancel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.Cancel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.Cancel();
                    if (object.requestId != null)
                        if (typeof object.requestId !== "string" || object.requestId.length)
                            message.requestId = $String(object.requestId);
                    return message;
                };

                /**
                 * Creates a plain object from a Cancel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.Cancel
                 * @static
                 * @param {aico.model.v1.Cancel} message Cancel
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Cancel.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.requestId = "";
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                        object.requestId = message.requestId;
                    return object;
                };

                /**
                 * Converts this Cancel to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.Cancel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Cancel.prototype.toJSON = function() {
                    return Cancel.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Cancel
                 * @function getTypeUrl
                 * @memberof aico.model.v1.Cancel
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Cancel.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.Cancel";
                };

                return Cancel;
            })();

            v1.CountTokens = (function() {

                /**
                 * Properties of a CountTokens.
                 * @typedef {Object} aico.model.v1.CountTokens.$Properties
                 * @property {Array.<string>|null} [texts] CountTokens texts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CountTokens.
                 * @memberof aico.model.v1
                 * @interface ICountTokens
                 * @augments aico.model.v1.CountTokens.$Properties
                 * @deprecated Use aico.model.v1.CountTokens.$Properties instead.
                 */

                /**
                 * Shape of a CountTokens.
                 * @typedef {aico.model.v1.CountTokens.$Properties} aico.model.v1.CountTokens.$Shape
                 */

                /**
                 * Constructs a new CountTokens.
                 * @memberof aico.model.v1
                 * @classdesc Represents a CountTokens.
                 * @constructor
                 * @param {aico.model.v1.CountTokens.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CountTokens = function (properties) {
                    this.texts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CountTokens texts.
                 * @member {Array.<string>} texts
                 * @memberof aico.model.v1.CountTokens
                 * @instance
                 */
                CountTokens.prototype.texts = $util.emptyArray;

                /**
                 * Creates a new CountTokens instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.CountTokens
                 * @static
                 * @param {aico.model.v1.CountTokens.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.CountTokens} CountTokens instance
                 * @type {{
                 *   (properties: aico.model.v1.CountTokens.$Shape): aico.model.v1.CountTokens & aico.model.v1.CountTokens.$Shape;
                 *   (properties?: aico.model.v1.CountTokens.$Properties): aico.model.v1.CountTokens;
                 * }}
                 */
                CountTokens.create = function(properties) {
                    return new CountTokens(properties);
                };

                /**
                 * Encodes the specified CountTokens message. Does not implicitly {@link aico.model.v1.CountTokens.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.CountTokens
                 * @static
                 * @param {aico.model.v1.CountTokens.$Properties} message CountTokens message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CountTokens.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.texts != null && message.texts.length)
                        for (let i = 0; i < message.texts.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.texts[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CountTokens message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.CountTokens
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.CountTokens & aico.model.v1.CountTokens.$Shape} CountTokens
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CountTokens.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.CountTokens();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.texts && message.texts.length))
                                    message.texts = [];
                                message.texts.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a CountTokens message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.CountTokens
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.CountTokens} CountTokens
                 */
                CountTokens.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.CountTokens)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.CountTokens: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.CountTokens();
                    if (object.texts) {
                        if (!$Array.isArray(object.texts))
                            throw $TypeError(".aico.model.v1.CountTokens.texts: array expected");
                        message.texts = $Array(object.texts.length);
                        for (let i = 0; i < object.texts.length; ++i)
                            message.texts[i] = $String(object.texts[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a CountTokens message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.CountTokens
                 * @static
                 * @param {aico.model.v1.CountTokens} message CountTokens
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                CountTokens.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.texts = [];
                    if (message.texts && message.texts.length) {
                        object.texts = $Array(message.texts.length);
                        for (let j = 0; j < message.texts.length; ++j)
                            object.texts[j] = message.texts[j];
                    }
                    return object;
                };

                /**
                 * Converts this CountTokens to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.CountTokens
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                CountTokens.prototype.toJSON = function() {
                    return CountTokens.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for CountTokens
                 * @function getTypeUrl
                 * @memberof aico.model.v1.CountTokens
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CountTokens.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.CountTokens";
                };

                return CountTokens;
            })();

            v1.TokenCounts = (function() {

                /**
                 * Properties of a TokenCounts.
                 * @typedef {Object} aico.model.v1.TokenCounts.$Properties
                 * @property {Array.<number>|null} [counts] TokenCounts counts
                 * @property {number|null} [contextSize] TokenCounts contextSize
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenCounts.
                 * @memberof aico.model.v1
                 * @interface ITokenCounts
                 * @augments aico.model.v1.TokenCounts.$Properties
                 * @deprecated Use aico.model.v1.TokenCounts.$Properties instead.
                 */

                /**
                 * Shape of a TokenCounts.
                 * @typedef {aico.model.v1.TokenCounts.$Properties} aico.model.v1.TokenCounts.$Shape
                 */

                /**
                 * Constructs a new TokenCounts.
                 * @memberof aico.model.v1
                 * @classdesc Represents a TokenCounts.
                 * @constructor
                 * @param {aico.model.v1.TokenCounts.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenCounts = function (properties) {
                    this.counts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TokenCounts counts.
                 * @member {Array.<number>} counts
                 * @memberof aico.model.v1.TokenCounts
                 * @instance
                 */
                TokenCounts.prototype.counts = $util.emptyArray;

                /**
                 * TokenCounts contextSize.
                 * @member {number} contextSize
                 * @memberof aico.model.v1.TokenCounts
                 * @instance
                 */
                TokenCounts.prototype.contextSize = 0;

                /**
                 * Creates a new TokenCounts instance using the specified properties.
                 * @function create
                 * @memberof aico.model.v1.TokenCounts
                 * @static
                 * @param {aico.model.v1.TokenCounts.$Properties=} [properties] Properties to set
                 * @returns {aico.model.v1.TokenCounts} TokenCounts instance
                 * @type {{
                 *   (properties: aico.model.v1.TokenCounts.$Shape): aico.model.v1.TokenCounts & aico.model.v1.TokenCounts.$Shape;
                 *   (properties?: aico.model.v1.TokenCounts.$Properties): aico.model.v1.TokenCounts;
                 * }}
                 */
                TokenCounts.create = function(properties) {
                    return new TokenCounts(properties);
                };

                /**
                 * Encodes the specified TokenCounts message. Does not implicitly {@link aico.model.v1.TokenCounts.verify|verify} messages.
                 * @function encode
                 * @memberof aico.model.v1.TokenCounts
                 * @static
                 * @param {aico.model.v1.TokenCounts.$Properties} message TokenCounts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenCounts.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.counts != null && message.counts.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.counts);
                    if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize") && message.contextSize !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.contextSize);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TokenCounts message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.model.v1.TokenCounts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.model.v1.TokenCounts & aico.model.v1.TokenCounts.$Shape} TokenCounts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenCounts.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.model.v1.TokenCounts();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType === 2) {
                                    if (!(message.counts && message.counts.length))
                                        message.counts = [];
                                    reader.uint32s(message.counts);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.counts && message.counts.length))
                                    message.counts = [];
                                message.counts.push(reader.uint32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.contextSize = value;
                                else
                                    delete message.contextSize;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a TokenCounts message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.model.v1.TokenCounts
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.model.v1.TokenCounts} TokenCounts
                 */
                TokenCounts.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.model.v1.TokenCounts)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.model.v1.TokenCounts: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.model.v1.TokenCounts();
                    if (object.counts) {
                        if (!$Array.isArray(object.counts))
                            throw $TypeError(".aico.model.v1.TokenCounts.counts: array expected");
                        message.counts = $Array(object.counts.length);
                        for (let i = 0; i < object.counts.length; ++i)
                            message.counts[i] = object.counts[i] >>> 0;
                    }
                    if (object.contextSize != null)
                        if ($Number(object.contextSize) !== 0)
                            message.contextSize = object.contextSize >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a TokenCounts message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.model.v1.TokenCounts
                 * @static
                 * @param {aico.model.v1.TokenCounts} message TokenCounts
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenCounts.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.counts = [];
                    if (options.defaults)
                        object.contextSize = 0;
                    if (message.counts && message.counts.length) {
                        object.counts = $Array(message.counts.length);
                        for (let j = 0; j < message.counts.length; ++j)
                            object.counts[j] = message.counts[j];
                    }
                    if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                        object.contextSize = message.contextSize;
                    return object;
                };

                /**
                 * Converts this TokenCounts to JSON.
                 * @function toJSON
                 * @memberof aico.model.v1.TokenCounts
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenCounts.prototype.toJSON = function() {
                    return TokenCounts.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TokenCounts
                 * @function getTypeUrl
                 * @memberof aico.model.v1.TokenCounts
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TokenCounts.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.model.v1.TokenCounts";
                };

                return TokenCounts;
            })();

            return v1;
        })();

        return model;
    })();

    aico.schedule = (function() {

        /**
         * Namespace schedule.
         * @memberof aico
         * @namespace
         */
        const schedule = {};

        schedule.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof aico.schedule
             * @namespace
             */
            const v1 = {};

            v1.Tick = (function() {

                /**
                 * Properties of a Tick.
                 * @typedef {Object} aico.schedule.v1.Tick.$Properties
                 * @property {number|null} [now] Tick now
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Tick.
                 * @memberof aico.schedule.v1
                 * @interface ITick
                 * @augments aico.schedule.v1.Tick.$Properties
                 * @deprecated Use aico.schedule.v1.Tick.$Properties instead.
                 */

                /**
                 * Shape of a Tick.
                 * @typedef {aico.schedule.v1.Tick.$Properties} aico.schedule.v1.Tick.$Shape
                 */

                /**
                 * Constructs a new Tick.
                 * @memberof aico.schedule.v1
                 * @classdesc Represents a Tick.
                 * @constructor
                 * @param {aico.schedule.v1.Tick.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Tick = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Tick now.
                 * @member {number} now
                 * @memberof aico.schedule.v1.Tick
                 * @instance
                 */
                Tick.prototype.now = 0;

                /**
                 * Creates a new Tick instance using the specified properties.
                 * @function create
                 * @memberof aico.schedule.v1.Tick
                 * @static
                 * @param {aico.schedule.v1.Tick.$Properties=} [properties] Properties to set
                 * @returns {aico.schedule.v1.Tick} Tick instance
                 * @type {{
                 *   (properties: aico.schedule.v1.Tick.$Shape): aico.schedule.v1.Tick & aico.schedule.v1.Tick.$Shape;
                 *   (properties?: aico.schedule.v1.Tick.$Properties): aico.schedule.v1.Tick;
                 * }}
                 */
                Tick.create = function(properties) {
                    return new Tick(properties);
                };

                /**
                 * Encodes the specified Tick message. Does not implicitly {@link aico.schedule.v1.Tick.verify|verify} messages.
                 * @function encode
                 * @memberof aico.schedule.v1.Tick
                 * @static
                 * @param {aico.schedule.v1.Tick.$Properties} message Tick message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Tick.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.now != null && $Object.hasOwnProperty.call(message, "now") && !$Object.is(message.now, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.now);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Tick message from the specified reader or buffer.
                 * @function decode
                 * @memberof aico.schedule.v1.Tick
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {aico.schedule.v1.Tick & aico.schedule.v1.Tick.$Shape} Tick
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Tick.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.aico.schedule.v1.Tick();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.now = value;
                                else
                                    delete message.now;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Creates a Tick message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof aico.schedule.v1.Tick
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {aico.schedule.v1.Tick} Tick
                 */
                Tick.fromObject = function (object, _depth) {
                    if (object instanceof $root.aico.schedule.v1.Tick)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".aico.schedule.v1.Tick: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.aico.schedule.v1.Tick();
                    if (object.now != null)
                        if (!$Object.is($Number(object.now), 0))
                            message.now = $Number(object.now);
                    return message;
                };

                /**
                 * Creates a plain object from a Tick message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof aico.schedule.v1.Tick
                 * @static
                 * @param {aico.schedule.v1.Tick} message Tick
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Tick.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.now = 0;
                    if (message.now != null && $Object.hasOwnProperty.call(message, "now"))
                        object.now = options.json && !$isFinite(message.now) ? $String(message.now) : message.now;
                    return object;
                };

                /**
                 * Converts this Tick to JSON.
                 * @function toJSON
                 * @memberof aico.schedule.v1.Tick
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Tick.prototype.toJSON = function() {
                    return Tick.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Tick
                 * @function getTypeUrl
                 * @memberof aico.schedule.v1.Tick
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Tick.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/aico.schedule.v1.Tick";
                };

                return Tick;
            })();

            return v1;
        })();

        return schedule;
    })();

    return aico;
})();

export {
  $root as default
};
