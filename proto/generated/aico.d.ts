import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace aico. */
export namespace aico {

    /** Namespace bus. */
    namespace bus {

        /** Namespace v1. */
        namespace v1 {

            /** Kind enum. */
            enum Kind {

                /** KIND_TELL value */
                KIND_TELL = 0,

                /** KIND_ASK value */
                KIND_ASK = 1,

                /** KIND_REPLY value */
                KIND_REPLY = 2,

                /** KIND_PUBLISH value */
                KIND_PUBLISH = 3,

                /** KIND_ACK value */
                KIND_ACK = 4
            }

            /**
             * Properties of a TraceContext.
             * @deprecated Use aico.bus.v1.TraceContext.$Properties instead.
             */
            interface ITraceContext extends aico.bus.v1.TraceContext.$Properties {
            }

            /** Represents a TraceContext. */
            class TraceContext {

                /**
                 * Constructs a new TraceContext.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.bus.v1.TraceContext.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TraceContext traceparent. */
                traceparent: string;

                /** TraceContext tracestate. */
                tracestate: string;

                /**
                 * Creates a new TraceContext instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TraceContext instance
                 */
                static create(properties: aico.bus.v1.TraceContext.$Shape): aico.bus.v1.TraceContext & aico.bus.v1.TraceContext.$Shape;
                static create(properties?: aico.bus.v1.TraceContext.$Properties): aico.bus.v1.TraceContext;

                /**
                 * Encodes the specified TraceContext message. Does not implicitly {@link aico.bus.v1.TraceContext.verify|verify} messages.
                 * @param message TraceContext message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.bus.v1.TraceContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TraceContext message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.bus.v1.TraceContext & aico.bus.v1.TraceContext.$Shape} TraceContext
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.bus.v1.TraceContext & aico.bus.v1.TraceContext.$Shape;

                /**
                 * Creates a TraceContext message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TraceContext
                 */
                static fromObject(object: { [k: string]: any }): aico.bus.v1.TraceContext;

                /**
                 * Creates a plain object from a TraceContext message. Also converts values to other types if specified.
                 * @param message TraceContext
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.bus.v1.TraceContext, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TraceContext to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TraceContext
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TraceContext {

                /** Properties of a TraceContext. */
                interface $Properties {

                    /** TraceContext traceparent */
                    traceparent?: (string|null);

                    /** TraceContext tracestate */
                    tracestate?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TraceContext. */
                type $Shape = aico.bus.v1.TraceContext.$Properties;
            }

            /**
             * Properties of an Envelope.
             * @deprecated Use aico.bus.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends aico.bus.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.bus.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope envelopeVersion. */
                envelopeVersion: number;

                /** Envelope id. */
                id: string;

                /** Envelope correlationId. */
                correlationId: string;

                /** Envelope causationId. */
                causationId: string;

                /** Envelope sender. */
                sender: string;

                /** Envelope recipient. */
                recipient: string;

                /** Envelope topic. */
                topic: string;

                /** Envelope kind. */
                kind: aico.bus.v1.Kind;

                /** Envelope type. */
                type: string;

                /** Envelope schemaVersion. */
                schemaVersion: number;

                /** Envelope timestamp. */
                timestamp: number;

                /** Envelope deadline. */
                deadline: number;

                /** Envelope attempt. */
                attempt: number;

                /** Envelope durable. */
                durable: boolean;

                /** Envelope trace. */
                trace?: (aico.bus.v1.TraceContext.$Properties|null);

                /** Envelope payload. */
                payload: Uint8Array;

                /**
                 * Creates a new Envelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Envelope instance
                 */
                static create(properties: aico.bus.v1.Envelope.$Shape): aico.bus.v1.Envelope & aico.bus.v1.Envelope.$Shape;
                static create(properties?: aico.bus.v1.Envelope.$Properties): aico.bus.v1.Envelope;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link aico.bus.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.bus.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.bus.v1.Envelope & aico.bus.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.bus.v1.Envelope & aico.bus.v1.Envelope.$Shape;

                /**
                 * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Envelope
                 */
                static fromObject(object: { [k: string]: any }): aico.bus.v1.Envelope;

                /**
                 * Creates a plain object from an Envelope message. Also converts values to other types if specified.
                 * @param message Envelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.bus.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Envelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope envelopeVersion */
                    envelopeVersion?: (number|null);

                    /** Envelope id */
                    id?: (string|null);

                    /** Envelope correlationId */
                    correlationId?: (string|null);

                    /** Envelope causationId */
                    causationId?: (string|null);

                    /** Envelope sender */
                    sender?: (string|null);

                    /** Envelope recipient */
                    recipient?: (string|null);

                    /** Envelope topic */
                    topic?: (string|null);

                    /** Envelope kind */
                    kind?: (aico.bus.v1.Kind|null);

                    /** Envelope type */
                    type?: (string|null);

                    /** Envelope schemaVersion */
                    schemaVersion?: (number|null);

                    /** Envelope timestamp */
                    timestamp?: (number|null);

                    /** Envelope deadline */
                    deadline?: (number|null);

                    /** Envelope attempt */
                    attempt?: (number|null);

                    /** Envelope durable */
                    durable?: (boolean|null);

                    /** Envelope trace */
                    trace?: (aico.bus.v1.TraceContext.$Properties|null);

                    /** Envelope payload */
                    payload?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Envelope. */
                type $Shape = aico.bus.v1.Envelope.$Properties;
            }

            /**
             * Properties of a Failure.
             * @deprecated Use aico.bus.v1.Failure.$Properties instead.
             */
            interface IFailure extends aico.bus.v1.Failure.$Properties {
            }

            /** Represents a Failure. */
            class Failure {

                /**
                 * Constructs a new Failure.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.bus.v1.Failure.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Failure tag. */
                tag: string;

                /** Failure message. */
                message: string;

                /**
                 * Creates a new Failure instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Failure instance
                 */
                static create(properties: aico.bus.v1.Failure.$Shape): aico.bus.v1.Failure & aico.bus.v1.Failure.$Shape;
                static create(properties?: aico.bus.v1.Failure.$Properties): aico.bus.v1.Failure;

                /**
                 * Encodes the specified Failure message. Does not implicitly {@link aico.bus.v1.Failure.verify|verify} messages.
                 * @param message Failure message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.bus.v1.Failure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Failure message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.bus.v1.Failure & aico.bus.v1.Failure.$Shape} Failure
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.bus.v1.Failure & aico.bus.v1.Failure.$Shape;

                /**
                 * Creates a Failure message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Failure
                 */
                static fromObject(object: { [k: string]: any }): aico.bus.v1.Failure;

                /**
                 * Creates a plain object from a Failure message. Also converts values to other types if specified.
                 * @param message Failure
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.bus.v1.Failure, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Failure to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Failure
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Failure {

                /** Properties of a Failure. */
                interface $Properties {

                    /** Failure tag */
                    tag?: (string|null);

                    /** Failure message */
                    message?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Failure. */
                type $Shape = aico.bus.v1.Failure.$Properties;
            }

            /**
             * Properties of a SupervisionEvent.
             * @deprecated Use aico.bus.v1.SupervisionEvent.$Properties instead.
             */
            interface ISupervisionEvent extends aico.bus.v1.SupervisionEvent.$Properties {
            }

            /** Represents a SupervisionEvent. */
            class SupervisionEvent {

                /**
                 * Constructs a new SupervisionEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.bus.v1.SupervisionEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SupervisionEvent supervisor. */
                supervisor: string;

                /** SupervisionEvent child. */
                child: string;

                /** SupervisionEvent directive. */
                directive: string;

                /** SupervisionEvent reason. */
                reason: string;

                /** SupervisionEvent restarts. */
                restarts: number;

                /** SupervisionEvent at. */
                at: number;

                /**
                 * Creates a new SupervisionEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SupervisionEvent instance
                 */
                static create(properties: aico.bus.v1.SupervisionEvent.$Shape): aico.bus.v1.SupervisionEvent & aico.bus.v1.SupervisionEvent.$Shape;
                static create(properties?: aico.bus.v1.SupervisionEvent.$Properties): aico.bus.v1.SupervisionEvent;

                /**
                 * Encodes the specified SupervisionEvent message. Does not implicitly {@link aico.bus.v1.SupervisionEvent.verify|verify} messages.
                 * @param message SupervisionEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.bus.v1.SupervisionEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SupervisionEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.bus.v1.SupervisionEvent & aico.bus.v1.SupervisionEvent.$Shape} SupervisionEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.bus.v1.SupervisionEvent & aico.bus.v1.SupervisionEvent.$Shape;

                /**
                 * Creates a SupervisionEvent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SupervisionEvent
                 */
                static fromObject(object: { [k: string]: any }): aico.bus.v1.SupervisionEvent;

                /**
                 * Creates a plain object from a SupervisionEvent message. Also converts values to other types if specified.
                 * @param message SupervisionEvent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.bus.v1.SupervisionEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SupervisionEvent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SupervisionEvent
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SupervisionEvent {

                /** Properties of a SupervisionEvent. */
                interface $Properties {

                    /** SupervisionEvent supervisor */
                    supervisor?: (string|null);

                    /** SupervisionEvent child */
                    child?: (string|null);

                    /** SupervisionEvent directive */
                    directive?: (string|null);

                    /** SupervisionEvent reason */
                    reason?: (string|null);

                    /** SupervisionEvent restarts */
                    restarts?: (number|null);

                    /** SupervisionEvent at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SupervisionEvent. */
                type $Shape = aico.bus.v1.SupervisionEvent.$Properties;
            }

            /**
             * Properties of a Done.
             * @deprecated Use aico.bus.v1.Done.$Properties instead.
             */
            interface IDone extends aico.bus.v1.Done.$Properties {
            }

            /** Represents a Done. */
            class Done {

                /**
                 * Constructs a new Done.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.bus.v1.Done.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Done instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Done instance
                 */
                static create(properties: aico.bus.v1.Done.$Shape): aico.bus.v1.Done & aico.bus.v1.Done.$Shape;
                static create(properties?: aico.bus.v1.Done.$Properties): aico.bus.v1.Done;

                /**
                 * Encodes the specified Done message. Does not implicitly {@link aico.bus.v1.Done.verify|verify} messages.
                 * @param message Done message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.bus.v1.Done.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Done message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.bus.v1.Done & aico.bus.v1.Done.$Shape} Done
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.bus.v1.Done & aico.bus.v1.Done.$Shape;

                /**
                 * Creates a Done message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Done
                 */
                static fromObject(object: { [k: string]: any }): aico.bus.v1.Done;

                /**
                 * Creates a plain object from a Done message. Also converts values to other types if specified.
                 * @param message Done
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.bus.v1.Done, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Done to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Done
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Done {

                /** Properties of a Done. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Done. */
                type $Shape = aico.bus.v1.Done.$Properties;
            }
        }
    }

    /** Namespace conversation. */
    namespace conversation {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Send.
             * @deprecated Use aico.conversation.v1.Send.$Properties instead.
             */
            interface ISend extends aico.conversation.v1.Send.$Properties {
            }

            /** Represents a Send. */
            class Send {

                /**
                 * Constructs a new Send.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.Send.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Send requestId. */
                requestId: string;

                /** Send userId. */
                userId: string;

                /** Send conversationId. */
                conversationId: string;

                /** Send text. */
                text: string;

                /**
                 * Creates a new Send instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Send instance
                 */
                static create(properties: aico.conversation.v1.Send.$Shape): aico.conversation.v1.Send & aico.conversation.v1.Send.$Shape;
                static create(properties?: aico.conversation.v1.Send.$Properties): aico.conversation.v1.Send;

                /**
                 * Encodes the specified Send message. Does not implicitly {@link aico.conversation.v1.Send.verify|verify} messages.
                 * @param message Send message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Send message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Send & aico.conversation.v1.Send.$Shape} Send
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.Send & aico.conversation.v1.Send.$Shape;

                /**
                 * Creates a Send message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Send
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.Send;

                /**
                 * Creates a plain object from a Send message. Also converts values to other types if specified.
                 * @param message Send
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.Send, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Send to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Send
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Send {

                /** Properties of a Send. */
                interface $Properties {

                    /** Send requestId */
                    requestId?: (string|null);

                    /** Send userId */
                    userId?: (string|null);

                    /** Send conversationId */
                    conversationId?: (string|null);

                    /** Send text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Send. */
                type $Shape = aico.conversation.v1.Send.$Properties;
            }

            /**
             * Properties of a Regenerate.
             * @deprecated Use aico.conversation.v1.Regenerate.$Properties instead.
             */
            interface IRegenerate extends aico.conversation.v1.Regenerate.$Properties {
            }

            /** Represents a Regenerate. */
            class Regenerate {

                /**
                 * Constructs a new Regenerate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.Regenerate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Regenerate requestId. */
                requestId: string;

                /** Regenerate userId. */
                userId: string;

                /** Regenerate conversationId. */
                conversationId: string;

                /**
                 * Creates a new Regenerate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Regenerate instance
                 */
                static create(properties: aico.conversation.v1.Regenerate.$Shape): aico.conversation.v1.Regenerate & aico.conversation.v1.Regenerate.$Shape;
                static create(properties?: aico.conversation.v1.Regenerate.$Properties): aico.conversation.v1.Regenerate;

                /**
                 * Encodes the specified Regenerate message. Does not implicitly {@link aico.conversation.v1.Regenerate.verify|verify} messages.
                 * @param message Regenerate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.Regenerate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Regenerate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Regenerate & aico.conversation.v1.Regenerate.$Shape} Regenerate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.Regenerate & aico.conversation.v1.Regenerate.$Shape;

                /**
                 * Creates a Regenerate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Regenerate
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.Regenerate;

                /**
                 * Creates a plain object from a Regenerate message. Also converts values to other types if specified.
                 * @param message Regenerate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.Regenerate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Regenerate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Regenerate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Regenerate {

                /** Properties of a Regenerate. */
                interface $Properties {

                    /** Regenerate requestId */
                    requestId?: (string|null);

                    /** Regenerate userId */
                    userId?: (string|null);

                    /** Regenerate conversationId */
                    conversationId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Regenerate. */
                type $Shape = aico.conversation.v1.Regenerate.$Properties;
            }

            /**
             * Properties of a Stop.
             * @deprecated Use aico.conversation.v1.Stop.$Properties instead.
             */
            interface IStop extends aico.conversation.v1.Stop.$Properties {
            }

            /** Represents a Stop. */
            class Stop {

                /**
                 * Constructs a new Stop.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.Stop.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stop requestId. */
                requestId: string;

                /** Stop conversationId. */
                conversationId: string;

                /**
                 * Creates a new Stop instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Stop instance
                 */
                static create(properties: aico.conversation.v1.Stop.$Shape): aico.conversation.v1.Stop & aico.conversation.v1.Stop.$Shape;
                static create(properties?: aico.conversation.v1.Stop.$Properties): aico.conversation.v1.Stop;

                /**
                 * Encodes the specified Stop message. Does not implicitly {@link aico.conversation.v1.Stop.verify|verify} messages.
                 * @param message Stop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.Stop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Stop message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Stop & aico.conversation.v1.Stop.$Shape} Stop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.Stop & aico.conversation.v1.Stop.$Shape;

                /**
                 * Creates a Stop message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Stop
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.Stop;

                /**
                 * Creates a plain object from a Stop message. Also converts values to other types if specified.
                 * @param message Stop
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.Stop, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Stop to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Stop
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Stop {

                /** Properties of a Stop. */
                interface $Properties {

                    /** Stop requestId */
                    requestId?: (string|null);

                    /** Stop conversationId */
                    conversationId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Stop. */
                type $Shape = aico.conversation.v1.Stop.$Properties;
            }

            /**
             * Properties of a Feedback.
             * @deprecated Use aico.conversation.v1.Feedback.$Properties instead.
             */
            interface IFeedback extends aico.conversation.v1.Feedback.$Properties {
            }

            /** Represents a Feedback. */
            class Feedback {

                /**
                 * Constructs a new Feedback.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.Feedback.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Feedback messageId. */
                messageId: string;

                /** Feedback userId. */
                userId: string;

                /** Feedback rating. */
                rating: string;

                /** Feedback comment. */
                comment: string;

                /**
                 * Creates a new Feedback instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Feedback instance
                 */
                static create(properties: aico.conversation.v1.Feedback.$Shape): aico.conversation.v1.Feedback & aico.conversation.v1.Feedback.$Shape;
                static create(properties?: aico.conversation.v1.Feedback.$Properties): aico.conversation.v1.Feedback;

                /**
                 * Encodes the specified Feedback message. Does not implicitly {@link aico.conversation.v1.Feedback.verify|verify} messages.
                 * @param message Feedback message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.Feedback.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Feedback message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Feedback & aico.conversation.v1.Feedback.$Shape} Feedback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.Feedback & aico.conversation.v1.Feedback.$Shape;

                /**
                 * Creates a Feedback message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Feedback
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.Feedback;

                /**
                 * Creates a plain object from a Feedback message. Also converts values to other types if specified.
                 * @param message Feedback
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.Feedback, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Feedback to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Feedback
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Feedback {

                /** Properties of a Feedback. */
                interface $Properties {

                    /** Feedback messageId */
                    messageId?: (string|null);

                    /** Feedback userId */
                    userId?: (string|null);

                    /** Feedback rating */
                    rating?: (string|null);

                    /** Feedback comment */
                    comment?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Feedback. */
                type $Shape = aico.conversation.v1.Feedback.$Properties;
            }

            /**
             * Properties of an Accepted.
             * @deprecated Use aico.conversation.v1.Accepted.$Properties instead.
             */
            interface IAccepted extends aico.conversation.v1.Accepted.$Properties {
            }

            /** Represents an Accepted. */
            class Accepted {

                /**
                 * Constructs a new Accepted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.Accepted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Accepted requestId. */
                requestId: string;

                /** Accepted conversationId. */
                conversationId: string;

                /** Accepted messageId. */
                messageId: string;

                /**
                 * Creates a new Accepted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Accepted instance
                 */
                static create(properties: aico.conversation.v1.Accepted.$Shape): aico.conversation.v1.Accepted & aico.conversation.v1.Accepted.$Shape;
                static create(properties?: aico.conversation.v1.Accepted.$Properties): aico.conversation.v1.Accepted;

                /**
                 * Encodes the specified Accepted message. Does not implicitly {@link aico.conversation.v1.Accepted.verify|verify} messages.
                 * @param message Accepted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.Accepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Accepted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Accepted & aico.conversation.v1.Accepted.$Shape} Accepted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.Accepted & aico.conversation.v1.Accepted.$Shape;

                /**
                 * Creates an Accepted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Accepted
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.Accepted;

                /**
                 * Creates a plain object from an Accepted message. Also converts values to other types if specified.
                 * @param message Accepted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.Accepted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Accepted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Accepted
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Accepted {

                /** Properties of an Accepted. */
                interface $Properties {

                    /** Accepted requestId */
                    requestId?: (string|null);

                    /** Accepted conversationId */
                    conversationId?: (string|null);

                    /** Accepted messageId */
                    messageId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Accepted. */
                type $Shape = aico.conversation.v1.Accepted.$Properties;
            }

            /**
             * Properties of a ReplyDelta.
             * @deprecated Use aico.conversation.v1.ReplyDelta.$Properties instead.
             */
            interface IReplyDelta extends aico.conversation.v1.ReplyDelta.$Properties {
            }

            /** Represents a ReplyDelta. */
            class ReplyDelta {

                /**
                 * Constructs a new ReplyDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.ReplyDelta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplyDelta requestId. */
                requestId: string;

                /** ReplyDelta conversationId. */
                conversationId: string;

                /** ReplyDelta seq. */
                seq: number;

                /** ReplyDelta text. */
                text: string;

                /**
                 * Creates a new ReplyDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplyDelta instance
                 */
                static create(properties: aico.conversation.v1.ReplyDelta.$Shape): aico.conversation.v1.ReplyDelta & aico.conversation.v1.ReplyDelta.$Shape;
                static create(properties?: aico.conversation.v1.ReplyDelta.$Properties): aico.conversation.v1.ReplyDelta;

                /**
                 * Encodes the specified ReplyDelta message. Does not implicitly {@link aico.conversation.v1.ReplyDelta.verify|verify} messages.
                 * @param message ReplyDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.ReplyDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplyDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.ReplyDelta & aico.conversation.v1.ReplyDelta.$Shape} ReplyDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.ReplyDelta & aico.conversation.v1.ReplyDelta.$Shape;

                /**
                 * Creates a ReplyDelta message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplyDelta
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.ReplyDelta;

                /**
                 * Creates a plain object from a ReplyDelta message. Also converts values to other types if specified.
                 * @param message ReplyDelta
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.ReplyDelta, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplyDelta to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplyDelta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplyDelta {

                /** Properties of a ReplyDelta. */
                interface $Properties {

                    /** ReplyDelta requestId */
                    requestId?: (string|null);

                    /** ReplyDelta conversationId */
                    conversationId?: (string|null);

                    /** ReplyDelta seq */
                    seq?: (number|null);

                    /** ReplyDelta text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplyDelta. */
                type $Shape = aico.conversation.v1.ReplyDelta.$Properties;
            }

            /**
             * Properties of a ReplyDone.
             * @deprecated Use aico.conversation.v1.ReplyDone.$Properties instead.
             */
            interface IReplyDone extends aico.conversation.v1.ReplyDone.$Properties {
            }

            /** Represents a ReplyDone. */
            class ReplyDone {

                /**
                 * Constructs a new ReplyDone.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.ReplyDone.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplyDone requestId. */
                requestId: string;

                /** ReplyDone conversationId. */
                conversationId: string;

                /** ReplyDone messageId. */
                messageId: string;

                /** ReplyDone text. */
                text: string;

                /**
                 * Creates a new ReplyDone instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplyDone instance
                 */
                static create(properties: aico.conversation.v1.ReplyDone.$Shape): aico.conversation.v1.ReplyDone & aico.conversation.v1.ReplyDone.$Shape;
                static create(properties?: aico.conversation.v1.ReplyDone.$Properties): aico.conversation.v1.ReplyDone;

                /**
                 * Encodes the specified ReplyDone message. Does not implicitly {@link aico.conversation.v1.ReplyDone.verify|verify} messages.
                 * @param message ReplyDone message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.ReplyDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplyDone message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.ReplyDone & aico.conversation.v1.ReplyDone.$Shape} ReplyDone
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.ReplyDone & aico.conversation.v1.ReplyDone.$Shape;

                /**
                 * Creates a ReplyDone message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplyDone
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.ReplyDone;

                /**
                 * Creates a plain object from a ReplyDone message. Also converts values to other types if specified.
                 * @param message ReplyDone
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.ReplyDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplyDone to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplyDone
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplyDone {

                /** Properties of a ReplyDone. */
                interface $Properties {

                    /** ReplyDone requestId */
                    requestId?: (string|null);

                    /** ReplyDone conversationId */
                    conversationId?: (string|null);

                    /** ReplyDone messageId */
                    messageId?: (string|null);

                    /** ReplyDone text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplyDone. */
                type $Shape = aico.conversation.v1.ReplyDone.$Properties;
            }

            /**
             * Properties of a ReplyFailed.
             * @deprecated Use aico.conversation.v1.ReplyFailed.$Properties instead.
             */
            interface IReplyFailed extends aico.conversation.v1.ReplyFailed.$Properties {
            }

            /** Represents a ReplyFailed. */
            class ReplyFailed {

                /**
                 * Constructs a new ReplyFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.ReplyFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplyFailed requestId. */
                requestId: string;

                /** ReplyFailed conversationId. */
                conversationId: string;

                /** ReplyFailed code. */
                code: string;

                /** ReplyFailed reason. */
                reason: string;

                /**
                 * Creates a new ReplyFailed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplyFailed instance
                 */
                static create(properties: aico.conversation.v1.ReplyFailed.$Shape): aico.conversation.v1.ReplyFailed & aico.conversation.v1.ReplyFailed.$Shape;
                static create(properties?: aico.conversation.v1.ReplyFailed.$Properties): aico.conversation.v1.ReplyFailed;

                /**
                 * Encodes the specified ReplyFailed message. Does not implicitly {@link aico.conversation.v1.ReplyFailed.verify|verify} messages.
                 * @param message ReplyFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.ReplyFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplyFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.ReplyFailed & aico.conversation.v1.ReplyFailed.$Shape} ReplyFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.ReplyFailed & aico.conversation.v1.ReplyFailed.$Shape;

                /**
                 * Creates a ReplyFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplyFailed
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.ReplyFailed;

                /**
                 * Creates a plain object from a ReplyFailed message. Also converts values to other types if specified.
                 * @param message ReplyFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.ReplyFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplyFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplyFailed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplyFailed {

                /** Properties of a ReplyFailed. */
                interface $Properties {

                    /** ReplyFailed requestId */
                    requestId?: (string|null);

                    /** ReplyFailed conversationId */
                    conversationId?: (string|null);

                    /** ReplyFailed code */
                    code?: (string|null);

                    /** ReplyFailed reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplyFailed. */
                type $Shape = aico.conversation.v1.ReplyFailed.$Properties;
            }

            /**
             * Properties of a TurnCompleted.
             * @deprecated Use aico.conversation.v1.TurnCompleted.$Properties instead.
             */
            interface ITurnCompleted extends aico.conversation.v1.TurnCompleted.$Properties {
            }

            /** Represents a TurnCompleted. */
            class TurnCompleted {

                /**
                 * Constructs a new TurnCompleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.TurnCompleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TurnCompleted conversationId. */
                conversationId: string;

                /** TurnCompleted userId. */
                userId: string;

                /** TurnCompleted userMessageId. */
                userMessageId: string;

                /** TurnCompleted replyMessageId. */
                replyMessageId: string;

                /** TurnCompleted userText. */
                userText: string;

                /** TurnCompleted replyText. */
                replyText: string;

                /** TurnCompleted sentiment. */
                sentiment: string;

                /** TurnCompleted sentimentScore. */
                sentimentScore: number;

                /** TurnCompleted emotion. */
                emotion: string;

                /** TurnCompleted emotionScore. */
                emotionScore: number;

                /** TurnCompleted completedAt. */
                completedAt: number;

                /**
                 * Creates a new TurnCompleted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TurnCompleted instance
                 */
                static create(properties: aico.conversation.v1.TurnCompleted.$Shape): aico.conversation.v1.TurnCompleted & aico.conversation.v1.TurnCompleted.$Shape;
                static create(properties?: aico.conversation.v1.TurnCompleted.$Properties): aico.conversation.v1.TurnCompleted;

                /**
                 * Encodes the specified TurnCompleted message. Does not implicitly {@link aico.conversation.v1.TurnCompleted.verify|verify} messages.
                 * @param message TurnCompleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.TurnCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TurnCompleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.TurnCompleted & aico.conversation.v1.TurnCompleted.$Shape} TurnCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.TurnCompleted & aico.conversation.v1.TurnCompleted.$Shape;

                /**
                 * Creates a TurnCompleted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TurnCompleted
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.TurnCompleted;

                /**
                 * Creates a plain object from a TurnCompleted message. Also converts values to other types if specified.
                 * @param message TurnCompleted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.TurnCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TurnCompleted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TurnCompleted
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TurnCompleted {

                /** Properties of a TurnCompleted. */
                interface $Properties {

                    /** TurnCompleted conversationId */
                    conversationId?: (string|null);

                    /** TurnCompleted userId */
                    userId?: (string|null);

                    /** TurnCompleted userMessageId */
                    userMessageId?: (string|null);

                    /** TurnCompleted replyMessageId */
                    replyMessageId?: (string|null);

                    /** TurnCompleted userText */
                    userText?: (string|null);

                    /** TurnCompleted replyText */
                    replyText?: (string|null);

                    /** TurnCompleted sentiment */
                    sentiment?: (string|null);

                    /** TurnCompleted sentimentScore */
                    sentimentScore?: (number|null);

                    /** TurnCompleted emotion */
                    emotion?: (string|null);

                    /** TurnCompleted emotionScore */
                    emotionScore?: (number|null);

                    /** TurnCompleted completedAt */
                    completedAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TurnCompleted. */
                type $Shape = aico.conversation.v1.TurnCompleted.$Properties;
            }

            /**
             * Properties of a Notice.
             * @deprecated Use aico.conversation.v1.Notice.$Properties instead.
             */
            interface INotice extends aico.conversation.v1.Notice.$Properties {
            }

            /** Represents a Notice. */
            class Notice {

                /**
                 * Constructs a new Notice.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.conversation.v1.Notice.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Notice noticeId. */
                noticeId: string;

                /** Notice userId. */
                userId: string;

                /** Notice kind. */
                kind: string;

                /** Notice text. */
                text: string;

                /** Notice at. */
                at: number;

                /**
                 * Creates a new Notice instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Notice instance
                 */
                static create(properties: aico.conversation.v1.Notice.$Shape): aico.conversation.v1.Notice & aico.conversation.v1.Notice.$Shape;
                static create(properties?: aico.conversation.v1.Notice.$Properties): aico.conversation.v1.Notice;

                /**
                 * Encodes the specified Notice message. Does not implicitly {@link aico.conversation.v1.Notice.verify|verify} messages.
                 * @param message Notice message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.conversation.v1.Notice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Notice message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.conversation.v1.Notice & aico.conversation.v1.Notice.$Shape} Notice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.conversation.v1.Notice & aico.conversation.v1.Notice.$Shape;

                /**
                 * Creates a Notice message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Notice
                 */
                static fromObject(object: { [k: string]: any }): aico.conversation.v1.Notice;

                /**
                 * Creates a plain object from a Notice message. Also converts values to other types if specified.
                 * @param message Notice
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.conversation.v1.Notice, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Notice to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Notice
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Notice {

                /** Properties of a Notice. */
                interface $Properties {

                    /** Notice noticeId */
                    noticeId?: (string|null);

                    /** Notice userId */
                    userId?: (string|null);

                    /** Notice kind */
                    kind?: (string|null);

                    /** Notice text */
                    text?: (string|null);

                    /** Notice at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Notice. */
                type $Shape = aico.conversation.v1.Notice.$Properties;
            }
        }
    }

    /** Namespace curiosity. */
    namespace curiosity {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Question.
             * @deprecated Use aico.curiosity.v1.Question.$Properties instead.
             */
            interface IQuestion extends aico.curiosity.v1.Question.$Properties {
            }

            /** Represents a Question. */
            class Question {

                /**
                 * Constructs a new Question.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.curiosity.v1.Question.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Question questionId. */
                questionId: string;

                /** Question userId. */
                userId: string;

                /** Question topic. */
                topic: string;

                /** Question text. */
                text: string;

                /** Question novelty. */
                novelty: number;

                /** Question interest. */
                interest: number;

                /** Question at. */
                at: number;

                /**
                 * Creates a new Question instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Question instance
                 */
                static create(properties: aico.curiosity.v1.Question.$Shape): aico.curiosity.v1.Question & aico.curiosity.v1.Question.$Shape;
                static create(properties?: aico.curiosity.v1.Question.$Properties): aico.curiosity.v1.Question;

                /**
                 * Encodes the specified Question message. Does not implicitly {@link aico.curiosity.v1.Question.verify|verify} messages.
                 * @param message Question message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.curiosity.v1.Question.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Question message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.curiosity.v1.Question & aico.curiosity.v1.Question.$Shape} Question
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.curiosity.v1.Question & aico.curiosity.v1.Question.$Shape;

                /**
                 * Creates a Question message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Question
                 */
                static fromObject(object: { [k: string]: any }): aico.curiosity.v1.Question;

                /**
                 * Creates a plain object from a Question message. Also converts values to other types if specified.
                 * @param message Question
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.curiosity.v1.Question, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Question to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Question
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Question {

                /** Properties of a Question. */
                interface $Properties {

                    /** Question questionId */
                    questionId?: (string|null);

                    /** Question userId */
                    userId?: (string|null);

                    /** Question topic */
                    topic?: (string|null);

                    /** Question text */
                    text?: (string|null);

                    /** Question novelty */
                    novelty?: (number|null);

                    /** Question interest */
                    interest?: (number|null);

                    /** Question at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Question. */
                type $Shape = aico.curiosity.v1.Question.$Properties;
            }
        }
    }

    /** Namespace demo. */
    namespace demo {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Ping.
             * @deprecated Use aico.demo.v1.Ping.$Properties instead.
             */
            interface IPing extends aico.demo.v1.Ping.$Properties {
            }

            /** Represents a Ping. */
            class Ping {

                /**
                 * Constructs a new Ping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Ping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ping seq. */
                seq: number;

                /** Ping sentAt. */
                sentAt: number;

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ping instance
                 */
                static create(properties: aico.demo.v1.Ping.$Shape): aico.demo.v1.Ping & aico.demo.v1.Ping.$Shape;
                static create(properties?: aico.demo.v1.Ping.$Properties): aico.demo.v1.Ping;

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link aico.demo.v1.Ping.verify|verify} messages.
                 * @param message Ping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Ping & aico.demo.v1.Ping.$Shape} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Ping & aico.demo.v1.Ping.$Shape;

                /**
                 * Creates a Ping message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Ping
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Ping;

                /**
                 * Creates a plain object from a Ping message. Also converts values to other types if specified.
                 * @param message Ping
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Ping to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Ping
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Ping {

                /** Properties of a Ping. */
                interface $Properties {

                    /** Ping seq */
                    seq?: (number|null);

                    /** Ping sentAt */
                    sentAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Ping. */
                type $Shape = aico.demo.v1.Ping.$Properties;
            }

            /**
             * Properties of a Pong.
             * @deprecated Use aico.demo.v1.Pong.$Properties instead.
             */
            interface IPong extends aico.demo.v1.Pong.$Properties {
            }

            /** Represents a Pong. */
            class Pong {

                /**
                 * Constructs a new Pong.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Pong.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Pong seq. */
                seq: number;

                /** Pong sentAt. */
                sentAt: number;

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Pong instance
                 */
                static create(properties: aico.demo.v1.Pong.$Shape): aico.demo.v1.Pong & aico.demo.v1.Pong.$Shape;
                static create(properties?: aico.demo.v1.Pong.$Properties): aico.demo.v1.Pong;

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link aico.demo.v1.Pong.verify|verify} messages.
                 * @param message Pong message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Pong & aico.demo.v1.Pong.$Shape} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Pong & aico.demo.v1.Pong.$Shape;

                /**
                 * Creates a Pong message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Pong
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Pong;

                /**
                 * Creates a plain object from a Pong message. Also converts values to other types if specified.
                 * @param message Pong
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Pong to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Pong
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Pong {

                /** Properties of a Pong. */
                interface $Properties {

                    /** Pong seq */
                    seq?: (number|null);

                    /** Pong sentAt */
                    sentAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Pong. */
                type $Shape = aico.demo.v1.Pong.$Properties;
            }

            /**
             * Properties of a Note.
             * @deprecated Use aico.demo.v1.Note.$Properties instead.
             */
            interface INote extends aico.demo.v1.Note.$Properties {
            }

            /** Represents a Note. */
            class Note {

                /**
                 * Constructs a new Note.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Note.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Note seq. */
                seq: number;

                /** Note text. */
                text: string;

                /**
                 * Creates a new Note instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Note instance
                 */
                static create(properties: aico.demo.v1.Note.$Shape): aico.demo.v1.Note & aico.demo.v1.Note.$Shape;
                static create(properties?: aico.demo.v1.Note.$Properties): aico.demo.v1.Note;

                /**
                 * Encodes the specified Note message. Does not implicitly {@link aico.demo.v1.Note.verify|verify} messages.
                 * @param message Note message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Note.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Note message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Note & aico.demo.v1.Note.$Shape} Note
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Note & aico.demo.v1.Note.$Shape;

                /**
                 * Creates a Note message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Note
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Note;

                /**
                 * Creates a plain object from a Note message. Also converts values to other types if specified.
                 * @param message Note
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Note, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Note to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Note
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Note {

                /** Properties of a Note. */
                interface $Properties {

                    /** Note seq */
                    seq?: (number|null);

                    /** Note text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Note. */
                type $Shape = aico.demo.v1.Note.$Properties;
            }

            /**
             * Properties of a Crash.
             * @deprecated Use aico.demo.v1.Crash.$Properties instead.
             */
            interface ICrash extends aico.demo.v1.Crash.$Properties {
            }

            /** Represents a Crash. */
            class Crash {

                /**
                 * Constructs a new Crash.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Crash.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Crash reason. */
                reason: string;

                /**
                 * Creates a new Crash instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Crash instance
                 */
                static create(properties: aico.demo.v1.Crash.$Shape): aico.demo.v1.Crash & aico.demo.v1.Crash.$Shape;
                static create(properties?: aico.demo.v1.Crash.$Properties): aico.demo.v1.Crash;

                /**
                 * Encodes the specified Crash message. Does not implicitly {@link aico.demo.v1.Crash.verify|verify} messages.
                 * @param message Crash message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Crash.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Crash message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Crash & aico.demo.v1.Crash.$Shape} Crash
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Crash & aico.demo.v1.Crash.$Shape;

                /**
                 * Creates a Crash message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Crash
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Crash;

                /**
                 * Creates a plain object from a Crash message. Also converts values to other types if specified.
                 * @param message Crash
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Crash, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Crash to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Crash
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Crash {

                /** Properties of a Crash. */
                interface $Properties {

                    /** Crash reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Crash. */
                type $Shape = aico.demo.v1.Crash.$Properties;
            }

            /**
             * Properties of a Finish.
             * @deprecated Use aico.demo.v1.Finish.$Properties instead.
             */
            interface IFinish extends aico.demo.v1.Finish.$Properties {
            }

            /** Represents a Finish. */
            class Finish {

                /**
                 * Constructs a new Finish.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Finish.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Finish instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Finish instance
                 */
                static create(properties: aico.demo.v1.Finish.$Shape): aico.demo.v1.Finish & aico.demo.v1.Finish.$Shape;
                static create(properties?: aico.demo.v1.Finish.$Properties): aico.demo.v1.Finish;

                /**
                 * Encodes the specified Finish message. Does not implicitly {@link aico.demo.v1.Finish.verify|verify} messages.
                 * @param message Finish message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Finish.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Finish message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Finish & aico.demo.v1.Finish.$Shape} Finish
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Finish & aico.demo.v1.Finish.$Shape;

                /**
                 * Creates a Finish message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Finish
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Finish;

                /**
                 * Creates a plain object from a Finish message. Also converts values to other types if specified.
                 * @param message Finish
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Finish, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Finish to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Finish
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Finish {

                /** Properties of a Finish. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Finish. */
                type $Shape = aico.demo.v1.Finish.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use aico.demo.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends aico.demo.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat beat. */
                beat: number;

                /** Heartbeat from. */
                from: string;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: aico.demo.v1.Heartbeat.$Shape): aico.demo.v1.Heartbeat & aico.demo.v1.Heartbeat.$Shape;
                static create(properties?: aico.demo.v1.Heartbeat.$Properties): aico.demo.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link aico.demo.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Heartbeat & aico.demo.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Heartbeat & aico.demo.v1.Heartbeat.$Shape;

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat beat */
                    beat?: (number|null);

                    /** Heartbeat from */
                    from?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = aico.demo.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a CountQuery.
             * @deprecated Use aico.demo.v1.CountQuery.$Properties instead.
             */
            interface ICountQuery extends aico.demo.v1.CountQuery.$Properties {
            }

            /** Represents a CountQuery. */
            class CountQuery {

                /**
                 * Constructs a new CountQuery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.CountQuery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new CountQuery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CountQuery instance
                 */
                static create(properties: aico.demo.v1.CountQuery.$Shape): aico.demo.v1.CountQuery & aico.demo.v1.CountQuery.$Shape;
                static create(properties?: aico.demo.v1.CountQuery.$Properties): aico.demo.v1.CountQuery;

                /**
                 * Encodes the specified CountQuery message. Does not implicitly {@link aico.demo.v1.CountQuery.verify|verify} messages.
                 * @param message CountQuery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.CountQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CountQuery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.CountQuery & aico.demo.v1.CountQuery.$Shape} CountQuery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.CountQuery & aico.demo.v1.CountQuery.$Shape;

                /**
                 * Creates a CountQuery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CountQuery
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.CountQuery;

                /**
                 * Creates a plain object from a CountQuery message. Also converts values to other types if specified.
                 * @param message CountQuery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.CountQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CountQuery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CountQuery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CountQuery {

                /** Properties of a CountQuery. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CountQuery. */
                type $Shape = aico.demo.v1.CountQuery.$Properties;
            }

            /**
             * Properties of a Count.
             * @deprecated Use aico.demo.v1.Count.$Properties instead.
             */
            interface ICount extends aico.demo.v1.Count.$Properties {
            }

            /** Represents a Count. */
            class Count {

                /**
                 * Constructs a new Count.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.demo.v1.Count.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Count processed. */
                processed: number;

                /** Count seqs. */
                seqs: number[];

                /**
                 * Creates a new Count instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Count instance
                 */
                static create(properties: aico.demo.v1.Count.$Shape): aico.demo.v1.Count & aico.demo.v1.Count.$Shape;
                static create(properties?: aico.demo.v1.Count.$Properties): aico.demo.v1.Count;

                /**
                 * Encodes the specified Count message. Does not implicitly {@link aico.demo.v1.Count.verify|verify} messages.
                 * @param message Count message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.demo.v1.Count.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Count message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.demo.v1.Count & aico.demo.v1.Count.$Shape} Count
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.demo.v1.Count & aico.demo.v1.Count.$Shape;

                /**
                 * Creates a Count message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Count
                 */
                static fromObject(object: { [k: string]: any }): aico.demo.v1.Count;

                /**
                 * Creates a plain object from a Count message. Also converts values to other types if specified.
                 * @param message Count
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.demo.v1.Count, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Count to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Count
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Count {

                /** Properties of a Count. */
                interface $Properties {

                    /** Count processed */
                    processed?: (number|null);

                    /** Count seqs */
                    seqs?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Count. */
                type $Shape = aico.demo.v1.Count.$Properties;
            }
        }
    }

    /** Namespace emotion. */
    namespace emotion {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Affect.
             * @deprecated Use aico.emotion.v1.Affect.$Properties instead.
             */
            interface IAffect extends aico.emotion.v1.Affect.$Properties {
            }

            /** Represents an Affect. */
            class Affect {

                /**
                 * Constructs a new Affect.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.emotion.v1.Affect.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Affect valence. */
                valence: number;

                /** Affect arousal. */
                arousal: number;

                /** Affect dominance. */
                dominance: number;

                /** Affect label. */
                label: string;

                /** Affect intensity. */
                intensity: number;

                /** Affect at. */
                at: number;

                /** Affect cause. */
                cause: string;

                /**
                 * Creates a new Affect instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Affect instance
                 */
                static create(properties: aico.emotion.v1.Affect.$Shape): aico.emotion.v1.Affect & aico.emotion.v1.Affect.$Shape;
                static create(properties?: aico.emotion.v1.Affect.$Properties): aico.emotion.v1.Affect;

                /**
                 * Encodes the specified Affect message. Does not implicitly {@link aico.emotion.v1.Affect.verify|verify} messages.
                 * @param message Affect message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.emotion.v1.Affect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Affect message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.emotion.v1.Affect & aico.emotion.v1.Affect.$Shape} Affect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.emotion.v1.Affect & aico.emotion.v1.Affect.$Shape;

                /**
                 * Creates an Affect message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Affect
                 */
                static fromObject(object: { [k: string]: any }): aico.emotion.v1.Affect;

                /**
                 * Creates a plain object from an Affect message. Also converts values to other types if specified.
                 * @param message Affect
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.emotion.v1.Affect, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Affect to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Affect
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Affect {

                /** Properties of an Affect. */
                interface $Properties {

                    /** Affect valence */
                    valence?: (number|null);

                    /** Affect arousal */
                    arousal?: (number|null);

                    /** Affect dominance */
                    dominance?: (number|null);

                    /** Affect label */
                    label?: (string|null);

                    /** Affect intensity */
                    intensity?: (number|null);

                    /** Affect at */
                    at?: (number|null);

                    /** Affect cause */
                    cause?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Affect. */
                type $Shape = aico.emotion.v1.Affect.$Properties;
            }

            /**
             * Properties of a GetAffect.
             * @deprecated Use aico.emotion.v1.GetAffect.$Properties instead.
             */
            interface IGetAffect extends aico.emotion.v1.GetAffect.$Properties {
            }

            /** Represents a GetAffect. */
            class GetAffect {

                /**
                 * Constructs a new GetAffect.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.emotion.v1.GetAffect.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetAffect now. */
                now: number;

                /**
                 * Creates a new GetAffect instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAffect instance
                 */
                static create(properties: aico.emotion.v1.GetAffect.$Shape): aico.emotion.v1.GetAffect & aico.emotion.v1.GetAffect.$Shape;
                static create(properties?: aico.emotion.v1.GetAffect.$Properties): aico.emotion.v1.GetAffect;

                /**
                 * Encodes the specified GetAffect message. Does not implicitly {@link aico.emotion.v1.GetAffect.verify|verify} messages.
                 * @param message GetAffect message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.emotion.v1.GetAffect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAffect message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.emotion.v1.GetAffect & aico.emotion.v1.GetAffect.$Shape} GetAffect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.emotion.v1.GetAffect & aico.emotion.v1.GetAffect.$Shape;

                /**
                 * Creates a GetAffect message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAffect
                 */
                static fromObject(object: { [k: string]: any }): aico.emotion.v1.GetAffect;

                /**
                 * Creates a plain object from a GetAffect message. Also converts values to other types if specified.
                 * @param message GetAffect
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.emotion.v1.GetAffect, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAffect to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetAffect
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetAffect {

                /** Properties of a GetAffect. */
                interface $Properties {

                    /** GetAffect now */
                    now?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetAffect. */
                type $Shape = aico.emotion.v1.GetAffect.$Properties;
            }
        }
    }

    /** Namespace goal. */
    namespace goal {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a GoalView.
             * @deprecated Use aico.goal.v1.GoalView.$Properties instead.
             */
            interface IGoalView extends aico.goal.v1.GoalView.$Properties {
            }

            /** Represents a GoalView. */
            class GoalView {

                /**
                 * Constructs a new GoalView.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.goal.v1.GoalView.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GoalView goalId. */
                goalId: string;

                /** GoalView userId. */
                userId: string;

                /** GoalView title. */
                title: string;

                /** GoalView origin. */
                origin: string;

                /** GoalView status. */
                status: string;

                /** GoalView importance. */
                importance: number;

                /** GoalView emotionalSalience. */
                emotionalSalience: number;

                /** GoalView progress. */
                progress: number;

                /** GoalView priority. */
                priority: number;

                /** GoalView dueAt. */
                dueAt: number;

                /** GoalView createdAt. */
                createdAt: number;

                /** GoalView updatedAt. */
                updatedAt: number;

                /**
                 * Creates a new GoalView instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GoalView instance
                 */
                static create(properties: aico.goal.v1.GoalView.$Shape): aico.goal.v1.GoalView & aico.goal.v1.GoalView.$Shape;
                static create(properties?: aico.goal.v1.GoalView.$Properties): aico.goal.v1.GoalView;

                /**
                 * Encodes the specified GoalView message. Does not implicitly {@link aico.goal.v1.GoalView.verify|verify} messages.
                 * @param message GoalView message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.goal.v1.GoalView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GoalView message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.goal.v1.GoalView & aico.goal.v1.GoalView.$Shape} GoalView
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.goal.v1.GoalView & aico.goal.v1.GoalView.$Shape;

                /**
                 * Creates a GoalView message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GoalView
                 */
                static fromObject(object: { [k: string]: any }): aico.goal.v1.GoalView;

                /**
                 * Creates a plain object from a GoalView message. Also converts values to other types if specified.
                 * @param message GoalView
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.goal.v1.GoalView, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GoalView to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GoalView
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GoalView {

                /** Properties of a GoalView. */
                interface $Properties {

                    /** GoalView goalId */
                    goalId?: (string|null);

                    /** GoalView userId */
                    userId?: (string|null);

                    /** GoalView title */
                    title?: (string|null);

                    /** GoalView origin */
                    origin?: (string|null);

                    /** GoalView status */
                    status?: (string|null);

                    /** GoalView importance */
                    importance?: (number|null);

                    /** GoalView emotionalSalience */
                    emotionalSalience?: (number|null);

                    /** GoalView progress */
                    progress?: (number|null);

                    /** GoalView priority */
                    priority?: (number|null);

                    /** GoalView dueAt */
                    dueAt?: (number|null);

                    /** GoalView createdAt */
                    createdAt?: (number|null);

                    /** GoalView updatedAt */
                    updatedAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GoalView. */
                type $Shape = aico.goal.v1.GoalView.$Properties;
            }

            /**
             * Properties of a GoalChanged.
             * @deprecated Use aico.goal.v1.GoalChanged.$Properties instead.
             */
            interface IGoalChanged extends aico.goal.v1.GoalChanged.$Properties {
            }

            /** Represents a GoalChanged. */
            class GoalChanged {

                /**
                 * Constructs a new GoalChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.goal.v1.GoalChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GoalChanged goal. */
                goal?: (aico.goal.v1.GoalView.$Properties|null);

                /** GoalChanged change. */
                change: string;

                /** GoalChanged at. */
                at: number;

                /**
                 * Creates a new GoalChanged instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GoalChanged instance
                 */
                static create(properties: aico.goal.v1.GoalChanged.$Shape): aico.goal.v1.GoalChanged & aico.goal.v1.GoalChanged.$Shape;
                static create(properties?: aico.goal.v1.GoalChanged.$Properties): aico.goal.v1.GoalChanged;

                /**
                 * Encodes the specified GoalChanged message. Does not implicitly {@link aico.goal.v1.GoalChanged.verify|verify} messages.
                 * @param message GoalChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.goal.v1.GoalChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GoalChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.goal.v1.GoalChanged & aico.goal.v1.GoalChanged.$Shape} GoalChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.goal.v1.GoalChanged & aico.goal.v1.GoalChanged.$Shape;

                /**
                 * Creates a GoalChanged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GoalChanged
                 */
                static fromObject(object: { [k: string]: any }): aico.goal.v1.GoalChanged;

                /**
                 * Creates a plain object from a GoalChanged message. Also converts values to other types if specified.
                 * @param message GoalChanged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.goal.v1.GoalChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GoalChanged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GoalChanged
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GoalChanged {

                /** Properties of a GoalChanged. */
                interface $Properties {

                    /** GoalChanged goal */
                    goal?: (aico.goal.v1.GoalView.$Properties|null);

                    /** GoalChanged change */
                    change?: (string|null);

                    /** GoalChanged at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GoalChanged. */
                type $Shape = aico.goal.v1.GoalChanged.$Properties;
            }

            /**
             * Properties of a ProposeGoal.
             * @deprecated Use aico.goal.v1.ProposeGoal.$Properties instead.
             */
            interface IProposeGoal extends aico.goal.v1.ProposeGoal.$Properties {
            }

            /** Represents a ProposeGoal. */
            class ProposeGoal {

                /**
                 * Constructs a new ProposeGoal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.goal.v1.ProposeGoal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProposeGoal userId. */
                userId: string;

                /** ProposeGoal title. */
                title: string;

                /** ProposeGoal origin. */
                origin: string;

                /** ProposeGoal importance. */
                importance: number;

                /** ProposeGoal dueAt. */
                dueAt: number;

                /** ProposeGoal at. */
                at: number;

                /**
                 * Creates a new ProposeGoal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProposeGoal instance
                 */
                static create(properties: aico.goal.v1.ProposeGoal.$Shape): aico.goal.v1.ProposeGoal & aico.goal.v1.ProposeGoal.$Shape;
                static create(properties?: aico.goal.v1.ProposeGoal.$Properties): aico.goal.v1.ProposeGoal;

                /**
                 * Encodes the specified ProposeGoal message. Does not implicitly {@link aico.goal.v1.ProposeGoal.verify|verify} messages.
                 * @param message ProposeGoal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.goal.v1.ProposeGoal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProposeGoal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.goal.v1.ProposeGoal & aico.goal.v1.ProposeGoal.$Shape} ProposeGoal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.goal.v1.ProposeGoal & aico.goal.v1.ProposeGoal.$Shape;

                /**
                 * Creates a ProposeGoal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProposeGoal
                 */
                static fromObject(object: { [k: string]: any }): aico.goal.v1.ProposeGoal;

                /**
                 * Creates a plain object from a ProposeGoal message. Also converts values to other types if specified.
                 * @param message ProposeGoal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.goal.v1.ProposeGoal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProposeGoal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ProposeGoal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProposeGoal {

                /** Properties of a ProposeGoal. */
                interface $Properties {

                    /** ProposeGoal userId */
                    userId?: (string|null);

                    /** ProposeGoal title */
                    title?: (string|null);

                    /** ProposeGoal origin */
                    origin?: (string|null);

                    /** ProposeGoal importance */
                    importance?: (number|null);

                    /** ProposeGoal dueAt */
                    dueAt?: (number|null);

                    /** ProposeGoal at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProposeGoal. */
                type $Shape = aico.goal.v1.ProposeGoal.$Properties;
            }

            /**
             * Properties of a ListGoals.
             * @deprecated Use aico.goal.v1.ListGoals.$Properties instead.
             */
            interface IListGoals extends aico.goal.v1.ListGoals.$Properties {
            }

            /** Represents a ListGoals. */
            class ListGoals {

                /**
                 * Constructs a new ListGoals.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.goal.v1.ListGoals.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListGoals userId. */
                userId: string;

                /** ListGoals includeClosed. */
                includeClosed: boolean;

                /**
                 * Creates a new ListGoals instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListGoals instance
                 */
                static create(properties: aico.goal.v1.ListGoals.$Shape): aico.goal.v1.ListGoals & aico.goal.v1.ListGoals.$Shape;
                static create(properties?: aico.goal.v1.ListGoals.$Properties): aico.goal.v1.ListGoals;

                /**
                 * Encodes the specified ListGoals message. Does not implicitly {@link aico.goal.v1.ListGoals.verify|verify} messages.
                 * @param message ListGoals message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.goal.v1.ListGoals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListGoals message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.goal.v1.ListGoals & aico.goal.v1.ListGoals.$Shape} ListGoals
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.goal.v1.ListGoals & aico.goal.v1.ListGoals.$Shape;

                /**
                 * Creates a ListGoals message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListGoals
                 */
                static fromObject(object: { [k: string]: any }): aico.goal.v1.ListGoals;

                /**
                 * Creates a plain object from a ListGoals message. Also converts values to other types if specified.
                 * @param message ListGoals
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.goal.v1.ListGoals, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListGoals to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListGoals
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListGoals {

                /** Properties of a ListGoals. */
                interface $Properties {

                    /** ListGoals userId */
                    userId?: (string|null);

                    /** ListGoals includeClosed */
                    includeClosed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListGoals. */
                type $Shape = aico.goal.v1.ListGoals.$Properties;
            }

            /**
             * Properties of a GoalListing.
             * @deprecated Use aico.goal.v1.GoalListing.$Properties instead.
             */
            interface IGoalListing extends aico.goal.v1.GoalListing.$Properties {
            }

            /** Represents a GoalListing. */
            class GoalListing {

                /**
                 * Constructs a new GoalListing.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.goal.v1.GoalListing.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GoalListing goals. */
                goals: aico.goal.v1.GoalView.$Properties[];

                /**
                 * Creates a new GoalListing instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GoalListing instance
                 */
                static create(properties: aico.goal.v1.GoalListing.$Shape): aico.goal.v1.GoalListing & aico.goal.v1.GoalListing.$Shape;
                static create(properties?: aico.goal.v1.GoalListing.$Properties): aico.goal.v1.GoalListing;

                /**
                 * Encodes the specified GoalListing message. Does not implicitly {@link aico.goal.v1.GoalListing.verify|verify} messages.
                 * @param message GoalListing message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.goal.v1.GoalListing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GoalListing message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.goal.v1.GoalListing & aico.goal.v1.GoalListing.$Shape} GoalListing
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.goal.v1.GoalListing & aico.goal.v1.GoalListing.$Shape;

                /**
                 * Creates a GoalListing message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GoalListing
                 */
                static fromObject(object: { [k: string]: any }): aico.goal.v1.GoalListing;

                /**
                 * Creates a plain object from a GoalListing message. Also converts values to other types if specified.
                 * @param message GoalListing
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.goal.v1.GoalListing, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GoalListing to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GoalListing
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GoalListing {

                /** Properties of a GoalListing. */
                interface $Properties {

                    /** GoalListing goals */
                    goals?: (aico.goal.v1.GoalView.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GoalListing. */
                type $Shape = aico.goal.v1.GoalListing.$Properties;
            }
        }
    }

    /** Namespace initiative. */
    namespace initiative {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an InitiativeOutcome.
             * @deprecated Use aico.initiative.v1.InitiativeOutcome.$Properties instead.
             */
            interface IInitiativeOutcome extends aico.initiative.v1.InitiativeOutcome.$Properties {
            }

            /** Represents an InitiativeOutcome. */
            class InitiativeOutcome {

                /**
                 * Constructs a new InitiativeOutcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.initiative.v1.InitiativeOutcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InitiativeOutcome initiativeId. */
                initiativeId: string;

                /** InitiativeOutcome kind. */
                kind: string;

                /** InitiativeOutcome outcome. */
                outcome: string;

                /** InitiativeOutcome at. */
                at: number;

                /**
                 * Creates a new InitiativeOutcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InitiativeOutcome instance
                 */
                static create(properties: aico.initiative.v1.InitiativeOutcome.$Shape): aico.initiative.v1.InitiativeOutcome & aico.initiative.v1.InitiativeOutcome.$Shape;
                static create(properties?: aico.initiative.v1.InitiativeOutcome.$Properties): aico.initiative.v1.InitiativeOutcome;

                /**
                 * Encodes the specified InitiativeOutcome message. Does not implicitly {@link aico.initiative.v1.InitiativeOutcome.verify|verify} messages.
                 * @param message InitiativeOutcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.initiative.v1.InitiativeOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InitiativeOutcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.initiative.v1.InitiativeOutcome & aico.initiative.v1.InitiativeOutcome.$Shape} InitiativeOutcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.initiative.v1.InitiativeOutcome & aico.initiative.v1.InitiativeOutcome.$Shape;

                /**
                 * Creates an InitiativeOutcome message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InitiativeOutcome
                 */
                static fromObject(object: { [k: string]: any }): aico.initiative.v1.InitiativeOutcome;

                /**
                 * Creates a plain object from an InitiativeOutcome message. Also converts values to other types if specified.
                 * @param message InitiativeOutcome
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.initiative.v1.InitiativeOutcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InitiativeOutcome to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InitiativeOutcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InitiativeOutcome {

                /** Properties of an InitiativeOutcome. */
                interface $Properties {

                    /** InitiativeOutcome initiativeId */
                    initiativeId?: (string|null);

                    /** InitiativeOutcome kind */
                    kind?: (string|null);

                    /** InitiativeOutcome outcome */
                    outcome?: (string|null);

                    /** InitiativeOutcome at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InitiativeOutcome. */
                type $Shape = aico.initiative.v1.InitiativeOutcome.$Properties;
            }

            /**
             * Properties of a Presence.
             * @deprecated Use aico.initiative.v1.Presence.$Properties instead.
             */
            interface IPresence extends aico.initiative.v1.Presence.$Properties {
            }

            /** Represents a Presence. */
            class Presence {

                /**
                 * Constructs a new Presence.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.initiative.v1.Presence.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Presence clients. */
                clients: number;

                /** Presence at. */
                at: number;

                /**
                 * Creates a new Presence instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Presence instance
                 */
                static create(properties: aico.initiative.v1.Presence.$Shape): aico.initiative.v1.Presence & aico.initiative.v1.Presence.$Shape;
                static create(properties?: aico.initiative.v1.Presence.$Properties): aico.initiative.v1.Presence;

                /**
                 * Encodes the specified Presence message. Does not implicitly {@link aico.initiative.v1.Presence.verify|verify} messages.
                 * @param message Presence message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.initiative.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Presence message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.initiative.v1.Presence & aico.initiative.v1.Presence.$Shape} Presence
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.initiative.v1.Presence & aico.initiative.v1.Presence.$Shape;

                /**
                 * Creates a Presence message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Presence
                 */
                static fromObject(object: { [k: string]: any }): aico.initiative.v1.Presence;

                /**
                 * Creates a plain object from a Presence message. Also converts values to other types if specified.
                 * @param message Presence
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.initiative.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Presence to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Presence
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Presence {

                /** Properties of a Presence. */
                interface $Properties {

                    /** Presence clients */
                    clients?: (number|null);

                    /** Presence at */
                    at?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Presence. */
                type $Shape = aico.initiative.v1.Presence.$Properties;
            }
        }
    }

    /** Namespace memory. */
    namespace memory {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a StoreMemory.
             * @deprecated Use aico.memory.v1.StoreMemory.$Properties instead.
             */
            interface IStoreMemory extends aico.memory.v1.StoreMemory.$Properties {
            }

            /** Represents a StoreMemory. */
            class StoreMemory {

                /**
                 * Constructs a new StoreMemory.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.memory.v1.StoreMemory.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StoreMemory content. */
                content: string;

                /** StoreMemory kind. */
                kind: string;

                /** StoreMemory userId. */
                userId: string;

                /** StoreMemory conversationId. */
                conversationId: string;

                /** StoreMemory importance. */
                importance: number;

                /**
                 * Creates a new StoreMemory instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StoreMemory instance
                 */
                static create(properties: aico.memory.v1.StoreMemory.$Shape): aico.memory.v1.StoreMemory & aico.memory.v1.StoreMemory.$Shape;
                static create(properties?: aico.memory.v1.StoreMemory.$Properties): aico.memory.v1.StoreMemory;

                /**
                 * Encodes the specified StoreMemory message. Does not implicitly {@link aico.memory.v1.StoreMemory.verify|verify} messages.
                 * @param message StoreMemory message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.memory.v1.StoreMemory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StoreMemory message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.memory.v1.StoreMemory & aico.memory.v1.StoreMemory.$Shape} StoreMemory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.memory.v1.StoreMemory & aico.memory.v1.StoreMemory.$Shape;

                /**
                 * Creates a StoreMemory message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StoreMemory
                 */
                static fromObject(object: { [k: string]: any }): aico.memory.v1.StoreMemory;

                /**
                 * Creates a plain object from a StoreMemory message. Also converts values to other types if specified.
                 * @param message StoreMemory
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.memory.v1.StoreMemory, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StoreMemory to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StoreMemory
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StoreMemory {

                /** Properties of a StoreMemory. */
                interface $Properties {

                    /** StoreMemory content */
                    content?: (string|null);

                    /** StoreMemory kind */
                    kind?: (string|null);

                    /** StoreMemory userId */
                    userId?: (string|null);

                    /** StoreMemory conversationId */
                    conversationId?: (string|null);

                    /** StoreMemory importance */
                    importance?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StoreMemory. */
                type $Shape = aico.memory.v1.StoreMemory.$Properties;
            }

            /**
             * Properties of a MemoryStored.
             * @deprecated Use aico.memory.v1.MemoryStored.$Properties instead.
             */
            interface IMemoryStored extends aico.memory.v1.MemoryStored.$Properties {
            }

            /** Represents a MemoryStored. */
            class MemoryStored {

                /**
                 * Constructs a new MemoryStored.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.memory.v1.MemoryStored.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemoryStored id. */
                id: string;

                /** MemoryStored createdAt. */
                createdAt: number;

                /**
                 * Creates a new MemoryStored instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemoryStored instance
                 */
                static create(properties: aico.memory.v1.MemoryStored.$Shape): aico.memory.v1.MemoryStored & aico.memory.v1.MemoryStored.$Shape;
                static create(properties?: aico.memory.v1.MemoryStored.$Properties): aico.memory.v1.MemoryStored;

                /**
                 * Encodes the specified MemoryStored message. Does not implicitly {@link aico.memory.v1.MemoryStored.verify|verify} messages.
                 * @param message MemoryStored message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.memory.v1.MemoryStored.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemoryStored message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryStored & aico.memory.v1.MemoryStored.$Shape} MemoryStored
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.memory.v1.MemoryStored & aico.memory.v1.MemoryStored.$Shape;

                /**
                 * Creates a MemoryStored message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemoryStored
                 */
                static fromObject(object: { [k: string]: any }): aico.memory.v1.MemoryStored;

                /**
                 * Creates a plain object from a MemoryStored message. Also converts values to other types if specified.
                 * @param message MemoryStored
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.memory.v1.MemoryStored, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemoryStored to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemoryStored
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemoryStored {

                /** Properties of a MemoryStored. */
                interface $Properties {

                    /** MemoryStored id */
                    id?: (string|null);

                    /** MemoryStored createdAt */
                    createdAt?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemoryStored. */
                type $Shape = aico.memory.v1.MemoryStored.$Properties;
            }

            /**
             * Properties of a SearchMemory.
             * @deprecated Use aico.memory.v1.SearchMemory.$Properties instead.
             */
            interface ISearchMemory extends aico.memory.v1.SearchMemory.$Properties {
            }

            /** Represents a SearchMemory. */
            class SearchMemory {

                /**
                 * Constructs a new SearchMemory.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.memory.v1.SearchMemory.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SearchMemory query. */
                query: string;

                /** SearchMemory userId. */
                userId: string;

                /** SearchMemory limit. */
                limit: number;

                /**
                 * Creates a new SearchMemory instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SearchMemory instance
                 */
                static create(properties: aico.memory.v1.SearchMemory.$Shape): aico.memory.v1.SearchMemory & aico.memory.v1.SearchMemory.$Shape;
                static create(properties?: aico.memory.v1.SearchMemory.$Properties): aico.memory.v1.SearchMemory;

                /**
                 * Encodes the specified SearchMemory message. Does not implicitly {@link aico.memory.v1.SearchMemory.verify|verify} messages.
                 * @param message SearchMemory message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.memory.v1.SearchMemory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SearchMemory message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.memory.v1.SearchMemory & aico.memory.v1.SearchMemory.$Shape} SearchMemory
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.memory.v1.SearchMemory & aico.memory.v1.SearchMemory.$Shape;

                /**
                 * Creates a SearchMemory message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SearchMemory
                 */
                static fromObject(object: { [k: string]: any }): aico.memory.v1.SearchMemory;

                /**
                 * Creates a plain object from a SearchMemory message. Also converts values to other types if specified.
                 * @param message SearchMemory
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.memory.v1.SearchMemory, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SearchMemory to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SearchMemory
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SearchMemory {

                /** Properties of a SearchMemory. */
                interface $Properties {

                    /** SearchMemory query */
                    query?: (string|null);

                    /** SearchMemory userId */
                    userId?: (string|null);

                    /** SearchMemory limit */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SearchMemory. */
                type $Shape = aico.memory.v1.SearchMemory.$Properties;
            }

            /**
             * Properties of a MemoryHit.
             * @deprecated Use aico.memory.v1.MemoryHit.$Properties instead.
             */
            interface IMemoryHit extends aico.memory.v1.MemoryHit.$Properties {
            }

            /** Represents a MemoryHit. */
            class MemoryHit {

                /**
                 * Constructs a new MemoryHit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.memory.v1.MemoryHit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemoryHit id. */
                id: string;

                /** MemoryHit content. */
                content: string;

                /** MemoryHit kind. */
                kind: string;

                /** MemoryHit score. */
                score: number;

                /** MemoryHit createdAt. */
                createdAt: number;

                /** MemoryHit importance. */
                importance: number;

                /**
                 * Creates a new MemoryHit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemoryHit instance
                 */
                static create(properties: aico.memory.v1.MemoryHit.$Shape): aico.memory.v1.MemoryHit & aico.memory.v1.MemoryHit.$Shape;
                static create(properties?: aico.memory.v1.MemoryHit.$Properties): aico.memory.v1.MemoryHit;

                /**
                 * Encodes the specified MemoryHit message. Does not implicitly {@link aico.memory.v1.MemoryHit.verify|verify} messages.
                 * @param message MemoryHit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.memory.v1.MemoryHit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemoryHit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryHit & aico.memory.v1.MemoryHit.$Shape} MemoryHit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.memory.v1.MemoryHit & aico.memory.v1.MemoryHit.$Shape;

                /**
                 * Creates a MemoryHit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemoryHit
                 */
                static fromObject(object: { [k: string]: any }): aico.memory.v1.MemoryHit;

                /**
                 * Creates a plain object from a MemoryHit message. Also converts values to other types if specified.
                 * @param message MemoryHit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.memory.v1.MemoryHit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemoryHit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemoryHit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemoryHit {

                /** Properties of a MemoryHit. */
                interface $Properties {

                    /** MemoryHit id */
                    id?: (string|null);

                    /** MemoryHit content */
                    content?: (string|null);

                    /** MemoryHit kind */
                    kind?: (string|null);

                    /** MemoryHit score */
                    score?: (number|null);

                    /** MemoryHit createdAt */
                    createdAt?: (number|null);

                    /** MemoryHit importance */
                    importance?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemoryHit. */
                type $Shape = aico.memory.v1.MemoryHit.$Properties;
            }

            /**
             * Properties of a MemoryResults.
             * @deprecated Use aico.memory.v1.MemoryResults.$Properties instead.
             */
            interface IMemoryResults extends aico.memory.v1.MemoryResults.$Properties {
            }

            /** Represents a MemoryResults. */
            class MemoryResults {

                /**
                 * Constructs a new MemoryResults.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.memory.v1.MemoryResults.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemoryResults hits. */
                hits: aico.memory.v1.MemoryHit.$Properties[];

                /**
                 * Creates a new MemoryResults instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemoryResults instance
                 */
                static create(properties: aico.memory.v1.MemoryResults.$Shape): aico.memory.v1.MemoryResults & aico.memory.v1.MemoryResults.$Shape;
                static create(properties?: aico.memory.v1.MemoryResults.$Properties): aico.memory.v1.MemoryResults;

                /**
                 * Encodes the specified MemoryResults message. Does not implicitly {@link aico.memory.v1.MemoryResults.verify|verify} messages.
                 * @param message MemoryResults message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.memory.v1.MemoryResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemoryResults message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryResults & aico.memory.v1.MemoryResults.$Shape} MemoryResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.memory.v1.MemoryResults & aico.memory.v1.MemoryResults.$Shape;

                /**
                 * Creates a MemoryResults message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemoryResults
                 */
                static fromObject(object: { [k: string]: any }): aico.memory.v1.MemoryResults;

                /**
                 * Creates a plain object from a MemoryResults message. Also converts values to other types if specified.
                 * @param message MemoryResults
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.memory.v1.MemoryResults, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemoryResults to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemoryResults
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemoryResults {

                /** Properties of a MemoryResults. */
                interface $Properties {

                    /** MemoryResults hits */
                    hits?: (aico.memory.v1.MemoryHit.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemoryResults. */
                type $Shape = aico.memory.v1.MemoryResults.$Properties;
            }

            /**
             * Properties of a MemoryFailed.
             * @deprecated Use aico.memory.v1.MemoryFailed.$Properties instead.
             */
            interface IMemoryFailed extends aico.memory.v1.MemoryFailed.$Properties {
            }

            /** Represents a MemoryFailed. */
            class MemoryFailed {

                /**
                 * Constructs a new MemoryFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.memory.v1.MemoryFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemoryFailed code. */
                code: string;

                /** MemoryFailed reason. */
                reason: string;

                /**
                 * Creates a new MemoryFailed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemoryFailed instance
                 */
                static create(properties: aico.memory.v1.MemoryFailed.$Shape): aico.memory.v1.MemoryFailed & aico.memory.v1.MemoryFailed.$Shape;
                static create(properties?: aico.memory.v1.MemoryFailed.$Properties): aico.memory.v1.MemoryFailed;

                /**
                 * Encodes the specified MemoryFailed message. Does not implicitly {@link aico.memory.v1.MemoryFailed.verify|verify} messages.
                 * @param message MemoryFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.memory.v1.MemoryFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemoryFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.memory.v1.MemoryFailed & aico.memory.v1.MemoryFailed.$Shape} MemoryFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.memory.v1.MemoryFailed & aico.memory.v1.MemoryFailed.$Shape;

                /**
                 * Creates a MemoryFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemoryFailed
                 */
                static fromObject(object: { [k: string]: any }): aico.memory.v1.MemoryFailed;

                /**
                 * Creates a plain object from a MemoryFailed message. Also converts values to other types if specified.
                 * @param message MemoryFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.memory.v1.MemoryFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemoryFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemoryFailed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemoryFailed {

                /** Properties of a MemoryFailed. */
                interface $Properties {

                    /** MemoryFailed code */
                    code?: (string|null);

                    /** MemoryFailed reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemoryFailed. */
                type $Shape = aico.memory.v1.MemoryFailed.$Properties;
            }
        }
    }

    /** Namespace model. */
    namespace model {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ChatMessage.
             * @deprecated Use aico.model.v1.ChatMessage.$Properties instead.
             */
            interface IChatMessage extends aico.model.v1.ChatMessage.$Properties {
            }

            /** Represents a ChatMessage. */
            class ChatMessage {

                /**
                 * Constructs a new ChatMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.ChatMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChatMessage role. */
                role: string;

                /** ChatMessage content. */
                content: string;

                /**
                 * Creates a new ChatMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChatMessage instance
                 */
                static create(properties: aico.model.v1.ChatMessage.$Shape): aico.model.v1.ChatMessage & aico.model.v1.ChatMessage.$Shape;
                static create(properties?: aico.model.v1.ChatMessage.$Properties): aico.model.v1.ChatMessage;

                /**
                 * Encodes the specified ChatMessage message. Does not implicitly {@link aico.model.v1.ChatMessage.verify|verify} messages.
                 * @param message ChatMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChatMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.ChatMessage & aico.model.v1.ChatMessage.$Shape} ChatMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.ChatMessage & aico.model.v1.ChatMessage.$Shape;

                /**
                 * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChatMessage
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.ChatMessage;

                /**
                 * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
                 * @param message ChatMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.ChatMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChatMessage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ChatMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ChatMessage {

                /** Properties of a ChatMessage. */
                interface $Properties {

                    /** ChatMessage role */
                    role?: (string|null);

                    /** ChatMessage content */
                    content?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChatMessage. */
                type $Shape = aico.model.v1.ChatMessage.$Properties;
            }

            /**
             * Properties of a Generate.
             * @deprecated Use aico.model.v1.Generate.$Properties instead.
             */
            interface IGenerate extends aico.model.v1.Generate.$Properties {
            }

            /** Represents a Generate. */
            class Generate {

                /**
                 * Constructs a new Generate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.Generate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Generate requestId. */
                requestId: string;

                /** Generate priority. */
                priority: string;

                /** Generate messages. */
                messages: aico.model.v1.ChatMessage.$Properties[];

                /** Generate maxTokens. */
                maxTokens: number;

                /** Generate temperature. */
                temperature: number;

                /**
                 * Creates a new Generate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Generate instance
                 */
                static create(properties: aico.model.v1.Generate.$Shape): aico.model.v1.Generate & aico.model.v1.Generate.$Shape;
                static create(properties?: aico.model.v1.Generate.$Properties): aico.model.v1.Generate;

                /**
                 * Encodes the specified Generate message. Does not implicitly {@link aico.model.v1.Generate.verify|verify} messages.
                 * @param message Generate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.Generate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Generate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.Generate & aico.model.v1.Generate.$Shape} Generate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.Generate & aico.model.v1.Generate.$Shape;

                /**
                 * Creates a Generate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Generate
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.Generate;

                /**
                 * Creates a plain object from a Generate message. Also converts values to other types if specified.
                 * @param message Generate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.Generate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Generate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Generate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Generate {

                /** Properties of a Generate. */
                interface $Properties {

                    /** Generate requestId */
                    requestId?: (string|null);

                    /** Generate priority */
                    priority?: (string|null);

                    /** Generate messages */
                    messages?: (aico.model.v1.ChatMessage.$Properties[]|null);

                    /** Generate maxTokens */
                    maxTokens?: (number|null);

                    /** Generate temperature */
                    temperature?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Generate. */
                type $Shape = aico.model.v1.Generate.$Properties;
            }

            /**
             * Properties of a Delta.
             * @deprecated Use aico.model.v1.Delta.$Properties instead.
             */
            interface IDelta extends aico.model.v1.Delta.$Properties {
            }

            /** Represents a Delta. */
            class Delta {

                /**
                 * Constructs a new Delta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.Delta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delta requestId. */
                requestId: string;

                /** Delta seq. */
                seq: number;

                /** Delta text. */
                text: string;

                /**
                 * Creates a new Delta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delta instance
                 */
                static create(properties: aico.model.v1.Delta.$Shape): aico.model.v1.Delta & aico.model.v1.Delta.$Shape;
                static create(properties?: aico.model.v1.Delta.$Properties): aico.model.v1.Delta;

                /**
                 * Encodes the specified Delta message. Does not implicitly {@link aico.model.v1.Delta.verify|verify} messages.
                 * @param message Delta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.Delta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.Delta & aico.model.v1.Delta.$Shape} Delta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.Delta & aico.model.v1.Delta.$Shape;

                /**
                 * Creates a Delta message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Delta
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.Delta;

                /**
                 * Creates a plain object from a Delta message. Also converts values to other types if specified.
                 * @param message Delta
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.Delta, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Delta to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Delta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delta {

                /** Properties of a Delta. */
                interface $Properties {

                    /** Delta requestId */
                    requestId?: (string|null);

                    /** Delta seq */
                    seq?: (number|null);

                    /** Delta text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delta. */
                type $Shape = aico.model.v1.Delta.$Properties;
            }

            /**
             * Properties of a Generated.
             * @deprecated Use aico.model.v1.Generated.$Properties instead.
             */
            interface IGenerated extends aico.model.v1.Generated.$Properties {
            }

            /** Represents a Generated. */
            class Generated {

                /**
                 * Constructs a new Generated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.Generated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Generated requestId. */
                requestId: string;

                /** Generated text. */
                text: string;

                /** Generated promptTokens. */
                promptTokens: number;

                /** Generated completionTokens. */
                completionTokens: number;

                /** Generated firstTokenMs. */
                firstTokenMs: number;

                /** Generated totalMs. */
                totalMs: number;

                /** Generated provider. */
                provider: string;

                /** Generated model. */
                model: string;

                /**
                 * Creates a new Generated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Generated instance
                 */
                static create(properties: aico.model.v1.Generated.$Shape): aico.model.v1.Generated & aico.model.v1.Generated.$Shape;
                static create(properties?: aico.model.v1.Generated.$Properties): aico.model.v1.Generated;

                /**
                 * Encodes the specified Generated message. Does not implicitly {@link aico.model.v1.Generated.verify|verify} messages.
                 * @param message Generated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.Generated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Generated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.Generated & aico.model.v1.Generated.$Shape} Generated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.Generated & aico.model.v1.Generated.$Shape;

                /**
                 * Creates a Generated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Generated
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.Generated;

                /**
                 * Creates a plain object from a Generated message. Also converts values to other types if specified.
                 * @param message Generated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.Generated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Generated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Generated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Generated {

                /** Properties of a Generated. */
                interface $Properties {

                    /** Generated requestId */
                    requestId?: (string|null);

                    /** Generated text */
                    text?: (string|null);

                    /** Generated promptTokens */
                    promptTokens?: (number|null);

                    /** Generated completionTokens */
                    completionTokens?: (number|null);

                    /** Generated firstTokenMs */
                    firstTokenMs?: (number|null);

                    /** Generated totalMs */
                    totalMs?: (number|null);

                    /** Generated provider */
                    provider?: (string|null);

                    /** Generated model */
                    model?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Generated. */
                type $Shape = aico.model.v1.Generated.$Properties;
            }

            /**
             * Properties of a GenerateFailed.
             * @deprecated Use aico.model.v1.GenerateFailed.$Properties instead.
             */
            interface IGenerateFailed extends aico.model.v1.GenerateFailed.$Properties {
            }

            /** Represents a GenerateFailed. */
            class GenerateFailed {

                /**
                 * Constructs a new GenerateFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.GenerateFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenerateFailed requestId. */
                requestId: string;

                /** GenerateFailed code. */
                code: string;

                /** GenerateFailed reason. */
                reason: string;

                /**
                 * Creates a new GenerateFailed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenerateFailed instance
                 */
                static create(properties: aico.model.v1.GenerateFailed.$Shape): aico.model.v1.GenerateFailed & aico.model.v1.GenerateFailed.$Shape;
                static create(properties?: aico.model.v1.GenerateFailed.$Properties): aico.model.v1.GenerateFailed;

                /**
                 * Encodes the specified GenerateFailed message. Does not implicitly {@link aico.model.v1.GenerateFailed.verify|verify} messages.
                 * @param message GenerateFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.GenerateFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenerateFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.GenerateFailed & aico.model.v1.GenerateFailed.$Shape} GenerateFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.GenerateFailed & aico.model.v1.GenerateFailed.$Shape;

                /**
                 * Creates a GenerateFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenerateFailed
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.GenerateFailed;

                /**
                 * Creates a plain object from a GenerateFailed message. Also converts values to other types if specified.
                 * @param message GenerateFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.GenerateFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenerateFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenerateFailed
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenerateFailed {

                /** Properties of a GenerateFailed. */
                interface $Properties {

                    /** GenerateFailed requestId */
                    requestId?: (string|null);

                    /** GenerateFailed code */
                    code?: (string|null);

                    /** GenerateFailed reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenerateFailed. */
                type $Shape = aico.model.v1.GenerateFailed.$Properties;
            }

            /**
             * Properties of a Cancel.
             * @deprecated Use aico.model.v1.Cancel.$Properties instead.
             */
            interface ICancel extends aico.model.v1.Cancel.$Properties {
            }

            /** Represents a Cancel. */
            class Cancel {

                /**
                 * Constructs a new Cancel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.Cancel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Cancel requestId. */
                requestId: string;

                /**
                 * Creates a new Cancel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Cancel instance
                 */
                static create(properties: aico.model.v1.Cancel.$Shape): aico.model.v1.Cancel & aico.model.v1.Cancel.$Shape;
                static create(properties?: aico.model.v1.Cancel.$Properties): aico.model.v1.Cancel;

                /**
                 * Encodes the specified Cancel message. Does not implicitly {@link aico.model.v1.Cancel.verify|verify} messages.
                 * @param message Cancel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.Cancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Cancel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.Cancel & aico.model.v1.Cancel.$Shape} Cancel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.Cancel & aico.model.v1.Cancel.$Shape;

                /**
                 * Creates a Cancel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Cancel
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.Cancel;

                /**
                 * Creates a plain object from a Cancel message. Also converts values to other types if specified.
                 * @param message Cancel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.Cancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Cancel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Cancel
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Cancel {

                /** Properties of a Cancel. */
                interface $Properties {

                    /** Cancel requestId */
                    requestId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Cancel. */
                type $Shape = aico.model.v1.Cancel.$Properties;
            }

            /**
             * Properties of a CountTokens.
             * @deprecated Use aico.model.v1.CountTokens.$Properties instead.
             */
            interface ICountTokens extends aico.model.v1.CountTokens.$Properties {
            }

            /** Represents a CountTokens. */
            class CountTokens {

                /**
                 * Constructs a new CountTokens.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.CountTokens.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CountTokens texts. */
                texts: string[];

                /**
                 * Creates a new CountTokens instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CountTokens instance
                 */
                static create(properties: aico.model.v1.CountTokens.$Shape): aico.model.v1.CountTokens & aico.model.v1.CountTokens.$Shape;
                static create(properties?: aico.model.v1.CountTokens.$Properties): aico.model.v1.CountTokens;

                /**
                 * Encodes the specified CountTokens message. Does not implicitly {@link aico.model.v1.CountTokens.verify|verify} messages.
                 * @param message CountTokens message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.CountTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CountTokens message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.CountTokens & aico.model.v1.CountTokens.$Shape} CountTokens
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.CountTokens & aico.model.v1.CountTokens.$Shape;

                /**
                 * Creates a CountTokens message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CountTokens
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.CountTokens;

                /**
                 * Creates a plain object from a CountTokens message. Also converts values to other types if specified.
                 * @param message CountTokens
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.CountTokens, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CountTokens to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CountTokens
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CountTokens {

                /** Properties of a CountTokens. */
                interface $Properties {

                    /** CountTokens texts */
                    texts?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CountTokens. */
                type $Shape = aico.model.v1.CountTokens.$Properties;
            }

            /**
             * Properties of a TokenCounts.
             * @deprecated Use aico.model.v1.TokenCounts.$Properties instead.
             */
            interface ITokenCounts extends aico.model.v1.TokenCounts.$Properties {
            }

            /** Represents a TokenCounts. */
            class TokenCounts {

                /**
                 * Constructs a new TokenCounts.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.model.v1.TokenCounts.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TokenCounts counts. */
                counts: number[];

                /** TokenCounts contextSize. */
                contextSize: number;

                /**
                 * Creates a new TokenCounts instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TokenCounts instance
                 */
                static create(properties: aico.model.v1.TokenCounts.$Shape): aico.model.v1.TokenCounts & aico.model.v1.TokenCounts.$Shape;
                static create(properties?: aico.model.v1.TokenCounts.$Properties): aico.model.v1.TokenCounts;

                /**
                 * Encodes the specified TokenCounts message. Does not implicitly {@link aico.model.v1.TokenCounts.verify|verify} messages.
                 * @param message TokenCounts message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.model.v1.TokenCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TokenCounts message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.model.v1.TokenCounts & aico.model.v1.TokenCounts.$Shape} TokenCounts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.model.v1.TokenCounts & aico.model.v1.TokenCounts.$Shape;

                /**
                 * Creates a TokenCounts message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TokenCounts
                 */
                static fromObject(object: { [k: string]: any }): aico.model.v1.TokenCounts;

                /**
                 * Creates a plain object from a TokenCounts message. Also converts values to other types if specified.
                 * @param message TokenCounts
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.model.v1.TokenCounts, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TokenCounts to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TokenCounts
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TokenCounts {

                /** Properties of a TokenCounts. */
                interface $Properties {

                    /** TokenCounts counts */
                    counts?: (number[]|null);

                    /** TokenCounts contextSize */
                    contextSize?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TokenCounts. */
                type $Shape = aico.model.v1.TokenCounts.$Properties;
            }
        }
    }

    /** Namespace schedule. */
    namespace schedule {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Tick.
             * @deprecated Use aico.schedule.v1.Tick.$Properties instead.
             */
            interface ITick extends aico.schedule.v1.Tick.$Properties {
            }

            /** Represents a Tick. */
            class Tick {

                /**
                 * Constructs a new Tick.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: aico.schedule.v1.Tick.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Tick now. */
                now: number;

                /**
                 * Creates a new Tick instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Tick instance
                 */
                static create(properties: aico.schedule.v1.Tick.$Shape): aico.schedule.v1.Tick & aico.schedule.v1.Tick.$Shape;
                static create(properties?: aico.schedule.v1.Tick.$Properties): aico.schedule.v1.Tick;

                /**
                 * Encodes the specified Tick message. Does not implicitly {@link aico.schedule.v1.Tick.verify|verify} messages.
                 * @param message Tick message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: aico.schedule.v1.Tick.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Tick message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {aico.schedule.v1.Tick & aico.schedule.v1.Tick.$Shape} Tick
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): aico.schedule.v1.Tick & aico.schedule.v1.Tick.$Shape;

                /**
                 * Creates a Tick message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Tick
                 */
                static fromObject(object: { [k: string]: any }): aico.schedule.v1.Tick;

                /**
                 * Creates a plain object from a Tick message. Also converts values to other types if specified.
                 * @param message Tick
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: aico.schedule.v1.Tick, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Tick to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Tick
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Tick {

                /** Properties of a Tick. */
                interface $Properties {

                    /** Tick now */
                    now?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Tick. */
                type $Shape = aico.schedule.v1.Tick.$Properties;
            }
        }
    }
}
