import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace cosmos. */
export namespace cosmos {

    /** Namespace base. */
    namespace base {

        /** Namespace query. */
        namespace query {

            /** Namespace v1beta1. */
            namespace v1beta1 {

                /**
                 * Properties of a PageRequest.
                 * @deprecated Use cosmos.base.query.v1beta1.PageRequest.$Properties instead.
                 */
                interface IPageRequest extends cosmos.base.query.v1beta1.PageRequest.$Properties {
                }

                /** Represents a PageRequest. */
                class PageRequest {

                    /**
                     * Constructs a new PageRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: cosmos.base.query.v1beta1.PageRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** PageRequest key. */
                    key: Uint8Array;

                    /** PageRequest offset. */
                    offset: Long;

                    /** PageRequest limit. */
                    limit: Long;

                    /** PageRequest countTotal. */
                    countTotal: boolean;

                    /** PageRequest reverse. */
                    reverse: boolean;

                    /**
                     * Creates a new PageRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PageRequest instance
                     */
                    static create(properties: cosmos.base.query.v1beta1.PageRequest.$Shape): cosmos.base.query.v1beta1.PageRequest & cosmos.base.query.v1beta1.PageRequest.$Shape;
                    static create(properties?: cosmos.base.query.v1beta1.PageRequest.$Properties): cosmos.base.query.v1beta1.PageRequest;

                    /**
                     * Encodes the specified PageRequest message. Does not implicitly {@link cosmos.base.query.v1beta1.PageRequest.verify|verify} messages.
                     * @param message PageRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: cosmos.base.query.v1beta1.PageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PageRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {cosmos.base.query.v1beta1.PageRequest & cosmos.base.query.v1beta1.PageRequest.$Shape} PageRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.query.v1beta1.PageRequest & cosmos.base.query.v1beta1.PageRequest.$Shape;

                    /**
                     * Verifies a PageRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns PageRequest
                     */
                    static fromObject(object: { [k: string]: any }): cosmos.base.query.v1beta1.PageRequest;

                    /**
                     * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                     * @param message PageRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: cosmos.base.query.v1beta1.PageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this PageRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for PageRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PageRequest {

                    /** Properties of a PageRequest. */
                    interface $Properties {

                        /** PageRequest key */
                        key?: (Uint8Array|null);

                        /** PageRequest offset */
                        offset?: (Long|null);

                        /** PageRequest limit */
                        limit?: (Long|null);

                        /** PageRequest countTotal */
                        countTotal?: (boolean|null);

                        /** PageRequest reverse */
                        reverse?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a PageRequest. */
                    type $Shape = cosmos.base.query.v1beta1.PageRequest.$Properties;
                }

                /**
                 * Properties of a PageResponse.
                 * @deprecated Use cosmos.base.query.v1beta1.PageResponse.$Properties instead.
                 */
                interface IPageResponse extends cosmos.base.query.v1beta1.PageResponse.$Properties {
                }

                /** Represents a PageResponse. */
                class PageResponse {

                    /**
                     * Constructs a new PageResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: cosmos.base.query.v1beta1.PageResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** PageResponse nextKey. */
                    nextKey: Uint8Array;

                    /** PageResponse total. */
                    total: Long;

                    /**
                     * Creates a new PageResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PageResponse instance
                     */
                    static create(properties: cosmos.base.query.v1beta1.PageResponse.$Shape): cosmos.base.query.v1beta1.PageResponse & cosmos.base.query.v1beta1.PageResponse.$Shape;
                    static create(properties?: cosmos.base.query.v1beta1.PageResponse.$Properties): cosmos.base.query.v1beta1.PageResponse;

                    /**
                     * Encodes the specified PageResponse message. Does not implicitly {@link cosmos.base.query.v1beta1.PageResponse.verify|verify} messages.
                     * @param message PageResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: cosmos.base.query.v1beta1.PageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PageResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {cosmos.base.query.v1beta1.PageResponse & cosmos.base.query.v1beta1.PageResponse.$Shape} PageResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.query.v1beta1.PageResponse & cosmos.base.query.v1beta1.PageResponse.$Shape;

                    /**
                     * Verifies a PageResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a PageResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns PageResponse
                     */
                    static fromObject(object: { [k: string]: any }): cosmos.base.query.v1beta1.PageResponse;

                    /**
                     * Creates a plain object from a PageResponse message. Also converts values to other types if specified.
                     * @param message PageResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: cosmos.base.query.v1beta1.PageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this PageResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for PageResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PageResponse {

                    /** Properties of a PageResponse. */
                    interface $Properties {

                        /** PageResponse nextKey */
                        nextKey?: (Uint8Array|null);

                        /** PageResponse total */
                        total?: (Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a PageResponse. */
                    type $Shape = cosmos.base.query.v1beta1.PageResponse.$Properties;
                }
            }
        }

        /** Namespace v1beta1. */
        namespace v1beta1 {

            /**
             * Properties of a Coin.
             * @deprecated Use cosmos.base.v1beta1.Coin.$Properties instead.
             */
            interface ICoin extends cosmos.base.v1beta1.Coin.$Properties {
            }

            /** Represents a Coin. */
            class Coin {

                /**
                 * Constructs a new Coin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.base.v1beta1.Coin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Coin denom. */
                denom: string;

                /** Coin amount. */
                amount: string;

                /**
                 * Creates a new Coin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Coin instance
                 */
                static create(properties: cosmos.base.v1beta1.Coin.$Shape): cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape;
                static create(properties?: cosmos.base.v1beta1.Coin.$Properties): cosmos.base.v1beta1.Coin;

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @param message Coin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.base.v1beta1.Coin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.v1beta1.Coin & cosmos.base.v1beta1.Coin.$Shape;

                /**
                 * Verifies a Coin message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Coin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Coin
                 */
                static fromObject(object: { [k: string]: any }): cosmos.base.v1beta1.Coin;

                /**
                 * Creates a plain object from a Coin message. Also converts values to other types if specified.
                 * @param message Coin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.base.v1beta1.Coin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Coin to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Coin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Coin {

                /** Properties of a Coin. */
                interface $Properties {

                    /** Coin denom */
                    denom?: (string|null);

                    /** Coin amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Coin. */
                type $Shape = cosmos.base.v1beta1.Coin.$Properties;
            }

            /**
             * Properties of a DecCoin.
             * @deprecated Use cosmos.base.v1beta1.DecCoin.$Properties instead.
             */
            interface IDecCoin extends cosmos.base.v1beta1.DecCoin.$Properties {
            }

            /** Represents a DecCoin. */
            class DecCoin {

                /**
                 * Constructs a new DecCoin.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.base.v1beta1.DecCoin.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DecCoin denom. */
                denom: string;

                /** DecCoin amount. */
                amount: string;

                /**
                 * Creates a new DecCoin instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DecCoin instance
                 */
                static create(properties: cosmos.base.v1beta1.DecCoin.$Shape): cosmos.base.v1beta1.DecCoin & cosmos.base.v1beta1.DecCoin.$Shape;
                static create(properties?: cosmos.base.v1beta1.DecCoin.$Properties): cosmos.base.v1beta1.DecCoin;

                /**
                 * Encodes the specified DecCoin message. Does not implicitly {@link cosmos.base.v1beta1.DecCoin.verify|verify} messages.
                 * @param message DecCoin message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.base.v1beta1.DecCoin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DecCoin message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.DecCoin & cosmos.base.v1beta1.DecCoin.$Shape} DecCoin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.base.v1beta1.DecCoin & cosmos.base.v1beta1.DecCoin.$Shape;

                /**
                 * Verifies a DecCoin message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DecCoin message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DecCoin
                 */
                static fromObject(object: { [k: string]: any }): cosmos.base.v1beta1.DecCoin;

                /**
                 * Creates a plain object from a DecCoin message. Also converts values to other types if specified.
                 * @param message DecCoin
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.base.v1beta1.DecCoin, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DecCoin to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DecCoin
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DecCoin {

                /** Properties of a DecCoin. */
                interface $Properties {

                    /** DecCoin denom */
                    denom?: (string|null);

                    /** DecCoin amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DecCoin. */
                type $Shape = cosmos.base.v1beta1.DecCoin.$Properties;
            }
        }
    }

    /** Namespace crypto. */
    namespace crypto {

        /** Namespace ed25519. */
        namespace ed25519 {

            /**
             * Properties of a PubKey.
             * @deprecated Use cosmos.crypto.ed25519.PubKey.$Properties instead.
             */
            interface IPubKey extends cosmos.crypto.ed25519.PubKey.$Properties {
            }

            /** Represents a PubKey. */
            class PubKey {

                /**
                 * Constructs a new PubKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.crypto.ed25519.PubKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PubKey key. */
                key: Uint8Array;

                /**
                 * Creates a new PubKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PubKey instance
                 */
                static create(properties: cosmos.crypto.ed25519.PubKey.$Shape): cosmos.crypto.ed25519.PubKey & cosmos.crypto.ed25519.PubKey.$Shape;
                static create(properties?: cosmos.crypto.ed25519.PubKey.$Properties): cosmos.crypto.ed25519.PubKey;

                /**
                 * Encodes the specified PubKey message. Does not implicitly {@link cosmos.crypto.ed25519.PubKey.verify|verify} messages.
                 * @param message PubKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.crypto.ed25519.PubKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PubKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.crypto.ed25519.PubKey & cosmos.crypto.ed25519.PubKey.$Shape} PubKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.crypto.ed25519.PubKey & cosmos.crypto.ed25519.PubKey.$Shape;

                /**
                 * Verifies a PubKey message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PubKey message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PubKey
                 */
                static fromObject(object: { [k: string]: any }): cosmos.crypto.ed25519.PubKey;

                /**
                 * Creates a plain object from a PubKey message. Also converts values to other types if specified.
                 * @param message PubKey
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.crypto.ed25519.PubKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PubKey to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PubKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PubKey {

                /** Properties of a PubKey. */
                interface $Properties {

                    /** PubKey key */
                    key?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PubKey. */
                type $Shape = cosmos.crypto.ed25519.PubKey.$Properties;
            }
        }

        /** Namespace secp256k1. */
        namespace secp256k1 {

            /**
             * Properties of a PubKey.
             * @deprecated Use cosmos.crypto.secp256k1.PubKey.$Properties instead.
             */
            interface IPubKey extends cosmos.crypto.secp256k1.PubKey.$Properties {
            }

            /** Represents a PubKey. */
            class PubKey {

                /**
                 * Constructs a new PubKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: cosmos.crypto.secp256k1.PubKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PubKey key. */
                key: Uint8Array;

                /**
                 * Creates a new PubKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PubKey instance
                 */
                static create(properties: cosmos.crypto.secp256k1.PubKey.$Shape): cosmos.crypto.secp256k1.PubKey & cosmos.crypto.secp256k1.PubKey.$Shape;
                static create(properties?: cosmos.crypto.secp256k1.PubKey.$Properties): cosmos.crypto.secp256k1.PubKey;

                /**
                 * Encodes the specified PubKey message. Does not implicitly {@link cosmos.crypto.secp256k1.PubKey.verify|verify} messages.
                 * @param message PubKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: cosmos.crypto.secp256k1.PubKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PubKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {cosmos.crypto.secp256k1.PubKey & cosmos.crypto.secp256k1.PubKey.$Shape} PubKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cosmos.crypto.secp256k1.PubKey & cosmos.crypto.secp256k1.PubKey.$Shape;

                /**
                 * Verifies a PubKey message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PubKey message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PubKey
                 */
                static fromObject(object: { [k: string]: any }): cosmos.crypto.secp256k1.PubKey;

                /**
                 * Creates a plain object from a PubKey message. Also converts values to other types if specified.
                 * @param message PubKey
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: cosmos.crypto.secp256k1.PubKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PubKey to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PubKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PubKey {

                /** Properties of a PubKey. */
                interface $Properties {

                    /** PubKey key */
                    key?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PubKey. */
                type $Shape = cosmos.crypto.secp256k1.PubKey.$Properties;
            }
        }
    }

    /** Namespace staking. */
    namespace staking {

        /** Namespace v1beta1. */
        namespace v1beta1 {

            /** BondStatus enum. */
            enum BondStatus {

                /** BOND_STATUS_UNSPECIFIED value */
                BOND_STATUS_UNSPECIFIED = 0,

                /** BOND_STATUS_UNBONDED value */
                BOND_STATUS_UNBONDED = 1,

                /** BOND_STATUS_UNBONDING value */
                BOND_STATUS_UNBONDING = 2,

                /** BOND_STATUS_BONDED value */
                BOND_STATUS_BONDED = 3
            }
        }
    }
}

/** Namespace stratos. */
export namespace stratos {

    /** Namespace pot. */
    namespace pot {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EventVolumeReport.
             * @deprecated Use stratos.pot.v1.EventVolumeReport.$Properties instead.
             */
            interface IEventVolumeReport extends stratos.pot.v1.EventVolumeReport.$Properties {
            }

            /** Represents an EventVolumeReport. */
            class EventVolumeReport {

                /**
                 * Constructs a new EventVolumeReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.EventVolumeReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventVolumeReport reportReference. */
                reportReference: string;

                /** EventVolumeReport epoch. */
                epoch: string;

                /**
                 * Creates a new EventVolumeReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventVolumeReport instance
                 */
                static create(properties: stratos.pot.v1.EventVolumeReport.$Shape): stratos.pot.v1.EventVolumeReport & stratos.pot.v1.EventVolumeReport.$Shape;
                static create(properties?: stratos.pot.v1.EventVolumeReport.$Properties): stratos.pot.v1.EventVolumeReport;

                /**
                 * Encodes the specified EventVolumeReport message. Does not implicitly {@link stratos.pot.v1.EventVolumeReport.verify|verify} messages.
                 * @param message EventVolumeReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.EventVolumeReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventVolumeReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.EventVolumeReport & stratos.pot.v1.EventVolumeReport.$Shape} EventVolumeReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.EventVolumeReport & stratos.pot.v1.EventVolumeReport.$Shape;

                /**
                 * Verifies an EventVolumeReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventVolumeReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventVolumeReport
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.EventVolumeReport;

                /**
                 * Creates a plain object from an EventVolumeReport message. Also converts values to other types if specified.
                 * @param message EventVolumeReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.EventVolumeReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventVolumeReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventVolumeReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventVolumeReport {

                /** Properties of an EventVolumeReport. */
                interface $Properties {

                    /** EventVolumeReport reportReference */
                    reportReference?: (string|null);

                    /** EventVolumeReport epoch */
                    epoch?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventVolumeReport. */
                type $Shape = stratos.pot.v1.EventVolumeReport.$Properties;
            }

            /**
             * Properties of an EventWithdraw.
             * @deprecated Use stratos.pot.v1.EventWithdraw.$Properties instead.
             */
            interface IEventWithdraw extends stratos.pot.v1.EventWithdraw.$Properties {
            }

            /** Represents an EventWithdraw. */
            class EventWithdraw {

                /**
                 * Constructs a new EventWithdraw.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.EventWithdraw.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventWithdraw amount. */
                amount: string;

                /** EventWithdraw walletAddress. */
                walletAddress: string;

                /** EventWithdraw targetAddress. */
                targetAddress: string;

                /**
                 * Creates a new EventWithdraw instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventWithdraw instance
                 */
                static create(properties: stratos.pot.v1.EventWithdraw.$Shape): stratos.pot.v1.EventWithdraw & stratos.pot.v1.EventWithdraw.$Shape;
                static create(properties?: stratos.pot.v1.EventWithdraw.$Properties): stratos.pot.v1.EventWithdraw;

                /**
                 * Encodes the specified EventWithdraw message. Does not implicitly {@link stratos.pot.v1.EventWithdraw.verify|verify} messages.
                 * @param message EventWithdraw message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.EventWithdraw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventWithdraw message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.EventWithdraw & stratos.pot.v1.EventWithdraw.$Shape} EventWithdraw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.EventWithdraw & stratos.pot.v1.EventWithdraw.$Shape;

                /**
                 * Verifies an EventWithdraw message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventWithdraw message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventWithdraw
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.EventWithdraw;

                /**
                 * Creates a plain object from an EventWithdraw message. Also converts values to other types if specified.
                 * @param message EventWithdraw
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.EventWithdraw, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventWithdraw to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventWithdraw
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventWithdraw {

                /** Properties of an EventWithdraw. */
                interface $Properties {

                    /** EventWithdraw amount */
                    amount?: (string|null);

                    /** EventWithdraw walletAddress */
                    walletAddress?: (string|null);

                    /** EventWithdraw targetAddress */
                    targetAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventWithdraw. */
                type $Shape = stratos.pot.v1.EventWithdraw.$Properties;
            }

            /**
             * Properties of an EventFoundationDeposit.
             * @deprecated Use stratos.pot.v1.EventFoundationDeposit.$Properties instead.
             */
            interface IEventFoundationDeposit extends stratos.pot.v1.EventFoundationDeposit.$Properties {
            }

            /** Represents an EventFoundationDeposit. */
            class EventFoundationDeposit {

                /**
                 * Constructs a new EventFoundationDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.EventFoundationDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventFoundationDeposit amount. */
                amount: string;

                /**
                 * Creates a new EventFoundationDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventFoundationDeposit instance
                 */
                static create(properties: stratos.pot.v1.EventFoundationDeposit.$Shape): stratos.pot.v1.EventFoundationDeposit & stratos.pot.v1.EventFoundationDeposit.$Shape;
                static create(properties?: stratos.pot.v1.EventFoundationDeposit.$Properties): stratos.pot.v1.EventFoundationDeposit;

                /**
                 * Encodes the specified EventFoundationDeposit message. Does not implicitly {@link stratos.pot.v1.EventFoundationDeposit.verify|verify} messages.
                 * @param message EventFoundationDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.EventFoundationDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventFoundationDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.EventFoundationDeposit & stratos.pot.v1.EventFoundationDeposit.$Shape} EventFoundationDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.EventFoundationDeposit & stratos.pot.v1.EventFoundationDeposit.$Shape;

                /**
                 * Verifies an EventFoundationDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventFoundationDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventFoundationDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.EventFoundationDeposit;

                /**
                 * Creates a plain object from an EventFoundationDeposit message. Also converts values to other types if specified.
                 * @param message EventFoundationDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.EventFoundationDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventFoundationDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventFoundationDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventFoundationDeposit {

                /** Properties of an EventFoundationDeposit. */
                interface $Properties {

                    /** EventFoundationDeposit amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventFoundationDeposit. */
                type $Shape = stratos.pot.v1.EventFoundationDeposit.$Properties;
            }

            /**
             * Properties of an EventSlashing.
             * @deprecated Use stratos.pot.v1.EventSlashing.$Properties instead.
             */
            interface IEventSlashing extends stratos.pot.v1.EventSlashing.$Properties {
            }

            /** Represents an EventSlashing. */
            class EventSlashing {

                /**
                 * Constructs a new EventSlashing.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.EventSlashing.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventSlashing walletAddress. */
                walletAddress: string;

                /** EventSlashing networkAddress. */
                networkAddress: string;

                /** EventSlashing amount. */
                amount: string;

                /** EventSlashing slashingType. */
                slashingType: string;

                /** EventSlashing suspend. */
                suspend: string;

                /**
                 * Creates a new EventSlashing instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventSlashing instance
                 */
                static create(properties: stratos.pot.v1.EventSlashing.$Shape): stratos.pot.v1.EventSlashing & stratos.pot.v1.EventSlashing.$Shape;
                static create(properties?: stratos.pot.v1.EventSlashing.$Properties): stratos.pot.v1.EventSlashing;

                /**
                 * Encodes the specified EventSlashing message. Does not implicitly {@link stratos.pot.v1.EventSlashing.verify|verify} messages.
                 * @param message EventSlashing message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.EventSlashing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventSlashing message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.EventSlashing & stratos.pot.v1.EventSlashing.$Shape} EventSlashing
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.EventSlashing & stratos.pot.v1.EventSlashing.$Shape;

                /**
                 * Verifies an EventSlashing message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventSlashing message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventSlashing
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.EventSlashing;

                /**
                 * Creates a plain object from an EventSlashing message. Also converts values to other types if specified.
                 * @param message EventSlashing
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.EventSlashing, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventSlashing to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventSlashing
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventSlashing {

                /** Properties of an EventSlashing. */
                interface $Properties {

                    /** EventSlashing walletAddress */
                    walletAddress?: (string|null);

                    /** EventSlashing networkAddress */
                    networkAddress?: (string|null);

                    /** EventSlashing amount */
                    amount?: (string|null);

                    /** EventSlashing slashingType */
                    slashingType?: (string|null);

                    /** EventSlashing suspend */
                    suspend?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventSlashing. */
                type $Shape = stratos.pot.v1.EventSlashing.$Properties;
            }

            /**
             * Properties of a GenesisState.
             * @deprecated Use stratos.pot.v1.GenesisState.$Properties instead.
             */
            interface IGenesisState extends stratos.pot.v1.GenesisState.$Properties {
            }

            /** Represents a GenesisState. */
            class GenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.GenesisState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisState params. */
                params?: (stratos.pot.v1.Params.$Properties|null);

                /** GenesisState totalMinedToken. */
                totalMinedToken?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** GenesisState lastDistributedEpoch. */
                lastDistributedEpoch: string;

                /** GenesisState immatureTotalInfo. */
                immatureTotalInfo: stratos.pot.v1.ImmatureTotal.$Properties[];

                /** GenesisState matureTotalInfo. */
                matureTotalInfo: stratos.pot.v1.MatureTotal.$Properties[];

                /** GenesisState individualRewardInfo. */
                individualRewardInfo: stratos.pot.v1.Reward.$Properties[];

                /** GenesisState maturedEpoch. */
                maturedEpoch: string;

                /** GenesisState rewardTotalInfo. */
                rewardTotalInfo: stratos.pot.v1.RewardTotal.$Properties[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                static create(properties: stratos.pot.v1.GenesisState.$Shape): stratos.pot.v1.GenesisState & stratos.pot.v1.GenesisState.$Shape;
                static create(properties?: stratos.pot.v1.GenesisState.$Properties): stratos.pot.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link stratos.pot.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.GenesisState & stratos.pot.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.GenesisState & stratos.pot.v1.GenesisState.$Shape;

                /**
                 * Verifies a GenesisState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisState
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.GenesisState;

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @param message GenesisState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {

                /** Properties of a GenesisState. */
                interface $Properties {

                    /** GenesisState params */
                    params?: (stratos.pot.v1.Params.$Properties|null);

                    /** GenesisState totalMinedToken */
                    totalMinedToken?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** GenesisState lastDistributedEpoch */
                    lastDistributedEpoch?: (string|null);

                    /** GenesisState immatureTotalInfo */
                    immatureTotalInfo?: (stratos.pot.v1.ImmatureTotal.$Properties[]|null);

                    /** GenesisState matureTotalInfo */
                    matureTotalInfo?: (stratos.pot.v1.MatureTotal.$Properties[]|null);

                    /** GenesisState individualRewardInfo */
                    individualRewardInfo?: (stratos.pot.v1.Reward.$Properties[]|null);

                    /** GenesisState maturedEpoch */
                    maturedEpoch?: (string|null);

                    /** GenesisState rewardTotalInfo */
                    rewardTotalInfo?: (stratos.pot.v1.RewardTotal.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisState. */
                type $Shape = stratos.pot.v1.GenesisState.$Properties;
            }

            /**
             * Properties of an ImmatureTotal.
             * @deprecated Use stratos.pot.v1.ImmatureTotal.$Properties instead.
             */
            interface IImmatureTotal extends stratos.pot.v1.ImmatureTotal.$Properties {
            }

            /** Represents an ImmatureTotal. */
            class ImmatureTotal {

                /**
                 * Constructs a new ImmatureTotal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.ImmatureTotal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ImmatureTotal walletAddress. */
                walletAddress: string;

                /** ImmatureTotal value. */
                value: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new ImmatureTotal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ImmatureTotal instance
                 */
                static create(properties: stratos.pot.v1.ImmatureTotal.$Shape): stratos.pot.v1.ImmatureTotal & stratos.pot.v1.ImmatureTotal.$Shape;
                static create(properties?: stratos.pot.v1.ImmatureTotal.$Properties): stratos.pot.v1.ImmatureTotal;

                /**
                 * Encodes the specified ImmatureTotal message. Does not implicitly {@link stratos.pot.v1.ImmatureTotal.verify|verify} messages.
                 * @param message ImmatureTotal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.ImmatureTotal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImmatureTotal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.ImmatureTotal & stratos.pot.v1.ImmatureTotal.$Shape} ImmatureTotal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.ImmatureTotal & stratos.pot.v1.ImmatureTotal.$Shape;

                /**
                 * Verifies an ImmatureTotal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ImmatureTotal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImmatureTotal
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.ImmatureTotal;

                /**
                 * Creates a plain object from an ImmatureTotal message. Also converts values to other types if specified.
                 * @param message ImmatureTotal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.ImmatureTotal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImmatureTotal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ImmatureTotal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ImmatureTotal {

                /** Properties of an ImmatureTotal. */
                interface $Properties {

                    /** ImmatureTotal walletAddress */
                    walletAddress?: (string|null);

                    /** ImmatureTotal value */
                    value?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ImmatureTotal. */
                type $Shape = stratos.pot.v1.ImmatureTotal.$Properties;
            }

            /**
             * Properties of a MatureTotal.
             * @deprecated Use stratos.pot.v1.MatureTotal.$Properties instead.
             */
            interface IMatureTotal extends stratos.pot.v1.MatureTotal.$Properties {
            }

            /** Represents a MatureTotal. */
            class MatureTotal {

                /**
                 * Constructs a new MatureTotal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MatureTotal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MatureTotal walletAddress. */
                walletAddress: string;

                /** MatureTotal value. */
                value: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new MatureTotal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MatureTotal instance
                 */
                static create(properties: stratos.pot.v1.MatureTotal.$Shape): stratos.pot.v1.MatureTotal & stratos.pot.v1.MatureTotal.$Shape;
                static create(properties?: stratos.pot.v1.MatureTotal.$Properties): stratos.pot.v1.MatureTotal;

                /**
                 * Encodes the specified MatureTotal message. Does not implicitly {@link stratos.pot.v1.MatureTotal.verify|verify} messages.
                 * @param message MatureTotal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MatureTotal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MatureTotal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MatureTotal & stratos.pot.v1.MatureTotal.$Shape} MatureTotal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MatureTotal & stratos.pot.v1.MatureTotal.$Shape;

                /**
                 * Verifies a MatureTotal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MatureTotal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MatureTotal
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MatureTotal;

                /**
                 * Creates a plain object from a MatureTotal message. Also converts values to other types if specified.
                 * @param message MatureTotal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MatureTotal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MatureTotal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MatureTotal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MatureTotal {

                /** Properties of a MatureTotal. */
                interface $Properties {

                    /** MatureTotal walletAddress */
                    walletAddress?: (string|null);

                    /** MatureTotal value */
                    value?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MatureTotal. */
                type $Shape = stratos.pot.v1.MatureTotal.$Properties;
            }

            /**
             * Properties of a RewardTotal.
             * @deprecated Use stratos.pot.v1.RewardTotal.$Properties instead.
             */
            interface IRewardTotal extends stratos.pot.v1.RewardTotal.$Properties {
            }

            /** Represents a RewardTotal. */
            class RewardTotal {

                /**
                 * Constructs a new RewardTotal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.RewardTotal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RewardTotal epoch. */
                epoch: string;

                /** RewardTotal totalReward. */
                totalReward?: (stratos.pot.v1.TotalReward.$Properties|null);

                /**
                 * Creates a new RewardTotal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RewardTotal instance
                 */
                static create(properties: stratos.pot.v1.RewardTotal.$Shape): stratos.pot.v1.RewardTotal & stratos.pot.v1.RewardTotal.$Shape;
                static create(properties?: stratos.pot.v1.RewardTotal.$Properties): stratos.pot.v1.RewardTotal;

                /**
                 * Encodes the specified RewardTotal message. Does not implicitly {@link stratos.pot.v1.RewardTotal.verify|verify} messages.
                 * @param message RewardTotal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.RewardTotal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RewardTotal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.RewardTotal & stratos.pot.v1.RewardTotal.$Shape} RewardTotal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.RewardTotal & stratos.pot.v1.RewardTotal.$Shape;

                /**
                 * Verifies a RewardTotal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RewardTotal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RewardTotal
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.RewardTotal;

                /**
                 * Creates a plain object from a RewardTotal message. Also converts values to other types if specified.
                 * @param message RewardTotal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.RewardTotal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RewardTotal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RewardTotal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RewardTotal {

                /** Properties of a RewardTotal. */
                interface $Properties {

                    /** RewardTotal epoch */
                    epoch?: (string|null);

                    /** RewardTotal totalReward */
                    totalReward?: (stratos.pot.v1.TotalReward.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RewardTotal. */
                type $Shape = stratos.pot.v1.RewardTotal.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use stratos.pot.v1.Params.$Properties instead.
             */
            interface IParams extends stratos.pot.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params bondDenom. */
                bondDenom: string;

                /** Params rewardDenom. */
                rewardDenom: string;

                /** Params matureEpoch. */
                matureEpoch: Long;

                /** Params miningRewardParams. */
                miningRewardParams: stratos.pot.v1.MiningRewardParam.$Properties[];

                /** Params communityTax. */
                communityTax: string;

                /** Params initialTotalSupply. */
                initialTotalSupply?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                static create(properties: stratos.pot.v1.Params.$Shape): stratos.pot.v1.Params & stratos.pot.v1.Params.$Shape;
                static create(properties?: stratos.pot.v1.Params.$Properties): stratos.pot.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link stratos.pot.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.Params & stratos.pot.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.Params & stratos.pot.v1.Params.$Shape;

                /**
                 * Verifies a Params message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params bondDenom */
                    bondDenom?: (string|null);

                    /** Params rewardDenom */
                    rewardDenom?: (string|null);

                    /** Params matureEpoch */
                    matureEpoch?: (Long|null);

                    /** Params miningRewardParams */
                    miningRewardParams?: (stratos.pot.v1.MiningRewardParam.$Properties[]|null);

                    /** Params communityTax */
                    communityTax?: (string|null);

                    /** Params initialTotalSupply */
                    initialTotalSupply?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = stratos.pot.v1.Params.$Properties;
            }

            /**
             * Properties of a MiningRewardParam.
             * @deprecated Use stratos.pot.v1.MiningRewardParam.$Properties instead.
             */
            interface IMiningRewardParam extends stratos.pot.v1.MiningRewardParam.$Properties {
            }

            /** Represents a MiningRewardParam. */
            class MiningRewardParam {

                /**
                 * Constructs a new MiningRewardParam.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MiningRewardParam.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MiningRewardParam totalMinedValveStart. */
                totalMinedValveStart?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** MiningRewardParam totalMinedValveEnd. */
                totalMinedValveEnd?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** MiningRewardParam miningReward. */
                miningReward?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** MiningRewardParam blockChainPercentageInBp. */
                blockChainPercentageInBp: string;

                /** MiningRewardParam resourceNodePercentageInBp. */
                resourceNodePercentageInBp: string;

                /** MiningRewardParam metaNodePercentageInBp. */
                metaNodePercentageInBp: string;

                /**
                 * Creates a new MiningRewardParam instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MiningRewardParam instance
                 */
                static create(properties: stratos.pot.v1.MiningRewardParam.$Shape): stratos.pot.v1.MiningRewardParam & stratos.pot.v1.MiningRewardParam.$Shape;
                static create(properties?: stratos.pot.v1.MiningRewardParam.$Properties): stratos.pot.v1.MiningRewardParam;

                /**
                 * Encodes the specified MiningRewardParam message. Does not implicitly {@link stratos.pot.v1.MiningRewardParam.verify|verify} messages.
                 * @param message MiningRewardParam message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MiningRewardParam.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MiningRewardParam message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MiningRewardParam & stratos.pot.v1.MiningRewardParam.$Shape} MiningRewardParam
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MiningRewardParam & stratos.pot.v1.MiningRewardParam.$Shape;

                /**
                 * Verifies a MiningRewardParam message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MiningRewardParam message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MiningRewardParam
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MiningRewardParam;

                /**
                 * Creates a plain object from a MiningRewardParam message. Also converts values to other types if specified.
                 * @param message MiningRewardParam
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MiningRewardParam, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MiningRewardParam to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MiningRewardParam
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MiningRewardParam {

                /** Properties of a MiningRewardParam. */
                interface $Properties {

                    /** MiningRewardParam totalMinedValveStart */
                    totalMinedValveStart?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** MiningRewardParam totalMinedValveEnd */
                    totalMinedValveEnd?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** MiningRewardParam miningReward */
                    miningReward?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** MiningRewardParam blockChainPercentageInBp */
                    blockChainPercentageInBp?: (string|null);

                    /** MiningRewardParam resourceNodePercentageInBp */
                    resourceNodePercentageInBp?: (string|null);

                    /** MiningRewardParam metaNodePercentageInBp */
                    metaNodePercentageInBp?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MiningRewardParam. */
                type $Shape = stratos.pot.v1.MiningRewardParam.$Properties;
            }

            /**
             * Properties of a Reward.
             * @deprecated Use stratos.pot.v1.Reward.$Properties instead.
             */
            interface IReward extends stratos.pot.v1.Reward.$Properties {
            }

            /** Represents a Reward. */
            class Reward {

                /**
                 * Constructs a new Reward.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.Reward.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Reward walletAddress. */
                walletAddress: string;

                /** Reward rewardFromMiningPool. */
                rewardFromMiningPool: cosmos.base.v1beta1.Coin.$Properties[];

                /** Reward rewardFromTrafficPool. */
                rewardFromTrafficPool: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new Reward instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reward instance
                 */
                static create(properties: stratos.pot.v1.Reward.$Shape): stratos.pot.v1.Reward & stratos.pot.v1.Reward.$Shape;
                static create(properties?: stratos.pot.v1.Reward.$Properties): stratos.pot.v1.Reward;

                /**
                 * Encodes the specified Reward message. Does not implicitly {@link stratos.pot.v1.Reward.verify|verify} messages.
                 * @param message Reward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.Reward.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reward message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.Reward & stratos.pot.v1.Reward.$Shape} Reward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.Reward & stratos.pot.v1.Reward.$Shape;

                /**
                 * Verifies a Reward message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Reward message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Reward
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.Reward;

                /**
                 * Creates a plain object from a Reward message. Also converts values to other types if specified.
                 * @param message Reward
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.Reward, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Reward to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Reward
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Reward {

                /** Properties of a Reward. */
                interface $Properties {

                    /** Reward walletAddress */
                    walletAddress?: (string|null);

                    /** Reward rewardFromMiningPool */
                    rewardFromMiningPool?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Reward rewardFromTrafficPool */
                    rewardFromTrafficPool?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Reward. */
                type $Shape = stratos.pot.v1.Reward.$Properties;
            }

            /**
             * Properties of a SingleWalletVolume.
             * @deprecated Use stratos.pot.v1.SingleWalletVolume.$Properties instead.
             */
            interface ISingleWalletVolume extends stratos.pot.v1.SingleWalletVolume.$Properties {
            }

            /** Represents a SingleWalletVolume. */
            class SingleWalletVolume {

                /**
                 * Constructs a new SingleWalletVolume.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.SingleWalletVolume.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SingleWalletVolume walletAddress. */
                walletAddress: string;

                /** SingleWalletVolume volume. */
                volume: string;

                /**
                 * Creates a new SingleWalletVolume instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SingleWalletVolume instance
                 */
                static create(properties: stratos.pot.v1.SingleWalletVolume.$Shape): stratos.pot.v1.SingleWalletVolume & stratos.pot.v1.SingleWalletVolume.$Shape;
                static create(properties?: stratos.pot.v1.SingleWalletVolume.$Properties): stratos.pot.v1.SingleWalletVolume;

                /**
                 * Encodes the specified SingleWalletVolume message. Does not implicitly {@link stratos.pot.v1.SingleWalletVolume.verify|verify} messages.
                 * @param message SingleWalletVolume message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.SingleWalletVolume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SingleWalletVolume message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.SingleWalletVolume & stratos.pot.v1.SingleWalletVolume.$Shape} SingleWalletVolume
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.SingleWalletVolume & stratos.pot.v1.SingleWalletVolume.$Shape;

                /**
                 * Verifies a SingleWalletVolume message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SingleWalletVolume message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SingleWalletVolume
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.SingleWalletVolume;

                /**
                 * Creates a plain object from a SingleWalletVolume message. Also converts values to other types if specified.
                 * @param message SingleWalletVolume
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.SingleWalletVolume, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SingleWalletVolume to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SingleWalletVolume
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SingleWalletVolume {

                /** Properties of a SingleWalletVolume. */
                interface $Properties {

                    /** SingleWalletVolume walletAddress */
                    walletAddress?: (string|null);

                    /** SingleWalletVolume volume */
                    volume?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SingleWalletVolume. */
                type $Shape = stratos.pot.v1.SingleWalletVolume.$Properties;
            }

            /**
             * Properties of a WalletVolumes.
             * @deprecated Use stratos.pot.v1.WalletVolumes.$Properties instead.
             */
            interface IWalletVolumes extends stratos.pot.v1.WalletVolumes.$Properties {
            }

            /** Represents a WalletVolumes. */
            class WalletVolumes {

                /**
                 * Constructs a new WalletVolumes.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.WalletVolumes.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WalletVolumes volumes. */
                volumes: stratos.pot.v1.SingleWalletVolume.$Properties[];

                /**
                 * Creates a new WalletVolumes instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WalletVolumes instance
                 */
                static create(properties: stratos.pot.v1.WalletVolumes.$Shape): stratos.pot.v1.WalletVolumes & stratos.pot.v1.WalletVolumes.$Shape;
                static create(properties?: stratos.pot.v1.WalletVolumes.$Properties): stratos.pot.v1.WalletVolumes;

                /**
                 * Encodes the specified WalletVolumes message. Does not implicitly {@link stratos.pot.v1.WalletVolumes.verify|verify} messages.
                 * @param message WalletVolumes message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.WalletVolumes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WalletVolumes message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.WalletVolumes & stratos.pot.v1.WalletVolumes.$Shape} WalletVolumes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.WalletVolumes & stratos.pot.v1.WalletVolumes.$Shape;

                /**
                 * Verifies a WalletVolumes message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WalletVolumes message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WalletVolumes
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.WalletVolumes;

                /**
                 * Creates a plain object from a WalletVolumes message. Also converts values to other types if specified.
                 * @param message WalletVolumes
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.WalletVolumes, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WalletVolumes to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for WalletVolumes
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WalletVolumes {

                /** Properties of a WalletVolumes. */
                interface $Properties {

                    /** WalletVolumes volumes */
                    volumes?: (stratos.pot.v1.SingleWalletVolume.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WalletVolumes. */
                type $Shape = stratos.pot.v1.WalletVolumes.$Properties;
            }

            /**
             * Properties of a VolumeReportRecord.
             * @deprecated Use stratos.pot.v1.VolumeReportRecord.$Properties instead.
             */
            interface IVolumeReportRecord extends stratos.pot.v1.VolumeReportRecord.$Properties {
            }

            /** Represents a VolumeReportRecord. */
            class VolumeReportRecord {

                /**
                 * Constructs a new VolumeReportRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.VolumeReportRecord.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VolumeReportRecord reporter. */
                reporter: string;

                /** VolumeReportRecord reportReference. */
                reportReference: string;

                /** VolumeReportRecord txHash. */
                txHash: string;

                /**
                 * Creates a new VolumeReportRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VolumeReportRecord instance
                 */
                static create(properties: stratos.pot.v1.VolumeReportRecord.$Shape): stratos.pot.v1.VolumeReportRecord & stratos.pot.v1.VolumeReportRecord.$Shape;
                static create(properties?: stratos.pot.v1.VolumeReportRecord.$Properties): stratos.pot.v1.VolumeReportRecord;

                /**
                 * Encodes the specified VolumeReportRecord message. Does not implicitly {@link stratos.pot.v1.VolumeReportRecord.verify|verify} messages.
                 * @param message VolumeReportRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.VolumeReportRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VolumeReportRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.VolumeReportRecord & stratos.pot.v1.VolumeReportRecord.$Shape} VolumeReportRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.VolumeReportRecord & stratos.pot.v1.VolumeReportRecord.$Shape;

                /**
                 * Verifies a VolumeReportRecord message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VolumeReportRecord message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VolumeReportRecord
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.VolumeReportRecord;

                /**
                 * Creates a plain object from a VolumeReportRecord message. Also converts values to other types if specified.
                 * @param message VolumeReportRecord
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.VolumeReportRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VolumeReportRecord to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for VolumeReportRecord
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VolumeReportRecord {

                /** Properties of a VolumeReportRecord. */
                interface $Properties {

                    /** VolumeReportRecord reporter */
                    reporter?: (string|null);

                    /** VolumeReportRecord reportReference */
                    reportReference?: (string|null);

                    /** VolumeReportRecord txHash */
                    txHash?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VolumeReportRecord. */
                type $Shape = stratos.pot.v1.VolumeReportRecord.$Properties;
            }

            /**
             * Properties of a TotalReward.
             * @deprecated Use stratos.pot.v1.TotalReward.$Properties instead.
             */
            interface ITotalReward extends stratos.pot.v1.TotalReward.$Properties {
            }

            /** Represents a TotalReward. */
            class TotalReward {

                /**
                 * Constructs a new TotalReward.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.TotalReward.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TotalReward miningReward. */
                miningReward: cosmos.base.v1beta1.Coin.$Properties[];

                /** TotalReward trafficReward. */
                trafficReward: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new TotalReward instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TotalReward instance
                 */
                static create(properties: stratos.pot.v1.TotalReward.$Shape): stratos.pot.v1.TotalReward & stratos.pot.v1.TotalReward.$Shape;
                static create(properties?: stratos.pot.v1.TotalReward.$Properties): stratos.pot.v1.TotalReward;

                /**
                 * Encodes the specified TotalReward message. Does not implicitly {@link stratos.pot.v1.TotalReward.verify|verify} messages.
                 * @param message TotalReward message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.TotalReward.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TotalReward message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.TotalReward & stratos.pot.v1.TotalReward.$Shape} TotalReward
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.TotalReward & stratos.pot.v1.TotalReward.$Shape;

                /**
                 * Verifies a TotalReward message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TotalReward message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TotalReward
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.TotalReward;

                /**
                 * Creates a plain object from a TotalReward message. Also converts values to other types if specified.
                 * @param message TotalReward
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.TotalReward, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TotalReward to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TotalReward
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TotalReward {

                /** Properties of a TotalReward. */
                interface $Properties {

                    /** TotalReward miningReward */
                    miningReward?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** TotalReward trafficReward */
                    trafficReward?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TotalReward. */
                type $Shape = stratos.pot.v1.TotalReward.$Properties;
            }

            /**
             * Properties of a Metrics.
             * @deprecated Use stratos.pot.v1.Metrics.$Properties instead.
             */
            interface IMetrics extends stratos.pot.v1.Metrics.$Properties {
            }

            /** Represents a Metrics. */
            class Metrics {

                /**
                 * Constructs a new Metrics.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.Metrics.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Metrics totalSupply. */
                totalSupply: string;

                /** Metrics totalMiningSupply. */
                totalMiningSupply: string;

                /** Metrics totalMinedTokens. */
                totalMinedTokens: string;

                /** Metrics totalResourceNodesDeposit. */
                totalResourceNodesDeposit: string;

                /** Metrics totalBondedDelegation. */
                totalBondedDelegation: string;

                /** Metrics totalUnbondedDelegation. */
                totalUnbondedDelegation: string;

                /** Metrics totalUnbondingDelegation. */
                totalUnbondingDelegation: string;

                /** Metrics circulationSupply. */
                circulationSupply: string;

                /** Metrics totalMiningReward. */
                totalMiningReward: string;

                /** Metrics chainMiningReward. */
                chainMiningReward: string;

                /** Metrics resourceMiningReward. */
                resourceMiningReward: string;

                /** Metrics metaMiningReward. */
                metaMiningReward: string;

                /** Metrics resourceNodeDeposit. */
                resourceNodeDeposit: string;

                /** Metrics metaNodeDeposit. */
                metaNodeDeposit: string;

                /** Metrics unissuedPrepay. */
                unissuedPrepay: string;

                /**
                 * Creates a new Metrics instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Metrics instance
                 */
                static create(properties: stratos.pot.v1.Metrics.$Shape): stratos.pot.v1.Metrics & stratos.pot.v1.Metrics.$Shape;
                static create(properties?: stratos.pot.v1.Metrics.$Properties): stratos.pot.v1.Metrics;

                /**
                 * Encodes the specified Metrics message. Does not implicitly {@link stratos.pot.v1.Metrics.verify|verify} messages.
                 * @param message Metrics message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Metrics message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.Metrics & stratos.pot.v1.Metrics.$Shape} Metrics
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.Metrics & stratos.pot.v1.Metrics.$Shape;

                /**
                 * Verifies a Metrics message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Metrics message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Metrics
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.Metrics;

                /**
                 * Creates a plain object from a Metrics message. Also converts values to other types if specified.
                 * @param message Metrics
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Metrics to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Metrics
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Metrics {

                /** Properties of a Metrics. */
                interface $Properties {

                    /** Metrics totalSupply */
                    totalSupply?: (string|null);

                    /** Metrics totalMiningSupply */
                    totalMiningSupply?: (string|null);

                    /** Metrics totalMinedTokens */
                    totalMinedTokens?: (string|null);

                    /** Metrics totalResourceNodesDeposit */
                    totalResourceNodesDeposit?: (string|null);

                    /** Metrics totalBondedDelegation */
                    totalBondedDelegation?: (string|null);

                    /** Metrics totalUnbondedDelegation */
                    totalUnbondedDelegation?: (string|null);

                    /** Metrics totalUnbondingDelegation */
                    totalUnbondingDelegation?: (string|null);

                    /** Metrics circulationSupply */
                    circulationSupply?: (string|null);

                    /** Metrics totalMiningReward */
                    totalMiningReward?: (string|null);

                    /** Metrics chainMiningReward */
                    chainMiningReward?: (string|null);

                    /** Metrics resourceMiningReward */
                    resourceMiningReward?: (string|null);

                    /** Metrics metaMiningReward */
                    metaMiningReward?: (string|null);

                    /** Metrics resourceNodeDeposit */
                    resourceNodeDeposit?: (string|null);

                    /** Metrics metaNodeDeposit */
                    metaNodeDeposit?: (string|null);

                    /** Metrics unissuedPrepay */
                    unissuedPrepay?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Metrics. */
                type $Shape = stratos.pot.v1.Metrics.$Properties;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /** Calls VolumeReport. */
                volumeReport: stratos.pot.v1.Query.VolumeReport;

                /** Calls RewardsByEpoch. */
                rewardsByEpoch: stratos.pot.v1.Query.RewardsByEpoch;

                /** Calls RewardsByWallet. */
                rewardsByWallet: stratos.pot.v1.Query.RewardsByWallet;

                /** Calls RewardsByWalletAndEpoch. */
                rewardsByWalletAndEpoch: stratos.pot.v1.Query.RewardsByWalletAndEpoch;

                /** Calls SlashingByOwner. */
                slashingByOwner: stratos.pot.v1.Query.SlashingByOwner;

                /** Calls Params. */
                params: stratos.pot.v1.Query.Params;

                /** Calls TotalMinedToken. */
                totalMinedToken: stratos.pot.v1.Query.TotalMinedToken;

                /** Calls CirculationSupply. */
                circulationSupply: stratos.pot.v1.Query.CirculationSupply;

                /** Calls TotalRewardByEpoch. */
                totalRewardByEpoch: stratos.pot.v1.Query.TotalRewardByEpoch;

                /** Calls Metrics. */
                metrics: stratos.pot.v1.Query.Metrics;
            }

            namespace Query {

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#volumeReport}.
                 * @param error Error, if any
                 * @param [response] QueryVolumeReportResponse
                 */
                type VolumeReportCallback = (error: (Error|null), response?: stratos.pot.v1.QueryVolumeReportResponse) => void;

                /** Calls VolumeReport. */
                type VolumeReport = {
                  (request: stratos.pot.v1.IQueryVolumeReportRequest, callback: stratos.pot.v1.Query.VolumeReportCallback): void;
                  (request: stratos.pot.v1.IQueryVolumeReportRequest): Promise<stratos.pot.v1.QueryVolumeReportResponse>;
                  readonly name: "VolumeReport";
                  readonly path: "/stratos.pot.v1.Query/VolumeReport";
                  readonly requestType: "QueryVolumeReportRequest";
                  readonly responseType: "QueryVolumeReportResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#rewardsByEpoch}.
                 * @param error Error, if any
                 * @param [response] QueryRewardsByEpochResponse
                 */
                type RewardsByEpochCallback = (error: (Error|null), response?: stratos.pot.v1.QueryRewardsByEpochResponse) => void;

                /** Calls RewardsByEpoch. */
                type RewardsByEpoch = {
                  (request: stratos.pot.v1.IQueryRewardsByEpochRequest, callback: stratos.pot.v1.Query.RewardsByEpochCallback): void;
                  (request: stratos.pot.v1.IQueryRewardsByEpochRequest): Promise<stratos.pot.v1.QueryRewardsByEpochResponse>;
                  readonly name: "RewardsByEpoch";
                  readonly path: "/stratos.pot.v1.Query/RewardsByEpoch";
                  readonly requestType: "QueryRewardsByEpochRequest";
                  readonly responseType: "QueryRewardsByEpochResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#rewardsByWallet}.
                 * @param error Error, if any
                 * @param [response] QueryRewardsByWalletResponse
                 */
                type RewardsByWalletCallback = (error: (Error|null), response?: stratos.pot.v1.QueryRewardsByWalletResponse) => void;

                /** Calls RewardsByWallet. */
                type RewardsByWallet = {
                  (request: stratos.pot.v1.IQueryRewardsByWalletRequest, callback: stratos.pot.v1.Query.RewardsByWalletCallback): void;
                  (request: stratos.pot.v1.IQueryRewardsByWalletRequest): Promise<stratos.pot.v1.QueryRewardsByWalletResponse>;
                  readonly name: "RewardsByWallet";
                  readonly path: "/stratos.pot.v1.Query/RewardsByWallet";
                  readonly requestType: "QueryRewardsByWalletRequest";
                  readonly responseType: "QueryRewardsByWalletResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#rewardsByWalletAndEpoch}.
                 * @param error Error, if any
                 * @param [response] QueryRewardsByWalletAndEpochResponse
                 */
                type RewardsByWalletAndEpochCallback = (error: (Error|null), response?: stratos.pot.v1.QueryRewardsByWalletAndEpochResponse) => void;

                /** Calls RewardsByWalletAndEpoch. */
                type RewardsByWalletAndEpoch = {
                  (request: stratos.pot.v1.IQueryRewardsByWalletAndEpochRequest, callback: stratos.pot.v1.Query.RewardsByWalletAndEpochCallback): void;
                  (request: stratos.pot.v1.IQueryRewardsByWalletAndEpochRequest): Promise<stratos.pot.v1.QueryRewardsByWalletAndEpochResponse>;
                  readonly name: "RewardsByWalletAndEpoch";
                  readonly path: "/stratos.pot.v1.Query/RewardsByWalletAndEpoch";
                  readonly requestType: "QueryRewardsByWalletAndEpochRequest";
                  readonly responseType: "QueryRewardsByWalletAndEpochResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#slashingByOwner}.
                 * @param error Error, if any
                 * @param [response] QuerySlashingByOwnerResponse
                 */
                type SlashingByOwnerCallback = (error: (Error|null), response?: stratos.pot.v1.QuerySlashingByOwnerResponse) => void;

                /** Calls SlashingByOwner. */
                type SlashingByOwner = {
                  (request: stratos.pot.v1.IQuerySlashingByOwnerRequest, callback: stratos.pot.v1.Query.SlashingByOwnerCallback): void;
                  (request: stratos.pot.v1.IQuerySlashingByOwnerRequest): Promise<stratos.pot.v1.QuerySlashingByOwnerResponse>;
                  readonly name: "SlashingByOwner";
                  readonly path: "/stratos.pot.v1.Query/SlashingByOwner";
                  readonly requestType: "QuerySlashingByOwnerRequest";
                  readonly responseType: "QuerySlashingByOwnerResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: stratos.pot.v1.QueryParamsResponse) => void;

                /** Calls Params. */
                type Params = {
                  (request: stratos.pot.v1.IQueryParamsRequest, callback: stratos.pot.v1.Query.ParamsCallback): void;
                  (request: stratos.pot.v1.IQueryParamsRequest): Promise<stratos.pot.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/stratos.pot.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#totalMinedToken}.
                 * @param error Error, if any
                 * @param [response] QueryTotalMinedTokenResponse
                 */
                type TotalMinedTokenCallback = (error: (Error|null), response?: stratos.pot.v1.QueryTotalMinedTokenResponse) => void;

                /** Calls TotalMinedToken. */
                type TotalMinedToken = {
                  (request: stratos.pot.v1.IQueryTotalMinedTokenRequest, callback: stratos.pot.v1.Query.TotalMinedTokenCallback): void;
                  (request: stratos.pot.v1.IQueryTotalMinedTokenRequest): Promise<stratos.pot.v1.QueryTotalMinedTokenResponse>;
                  readonly name: "TotalMinedToken";
                  readonly path: "/stratos.pot.v1.Query/TotalMinedToken";
                  readonly requestType: "QueryTotalMinedTokenRequest";
                  readonly responseType: "QueryTotalMinedTokenResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#circulationSupply}.
                 * @param error Error, if any
                 * @param [response] QueryCirculationSupplyResponse
                 */
                type CirculationSupplyCallback = (error: (Error|null), response?: stratos.pot.v1.QueryCirculationSupplyResponse) => void;

                /** Calls CirculationSupply. */
                type CirculationSupply = {
                  (request: stratos.pot.v1.IQueryCirculationSupplyRequest, callback: stratos.pot.v1.Query.CirculationSupplyCallback): void;
                  (request: stratos.pot.v1.IQueryCirculationSupplyRequest): Promise<stratos.pot.v1.QueryCirculationSupplyResponse>;
                  readonly name: "CirculationSupply";
                  readonly path: "/stratos.pot.v1.Query/CirculationSupply";
                  readonly requestType: "QueryCirculationSupplyRequest";
                  readonly responseType: "QueryCirculationSupplyResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#totalRewardByEpoch}.
                 * @param error Error, if any
                 * @param [response] QueryTotalRewardByEpochResponse
                 */
                type TotalRewardByEpochCallback = (error: (Error|null), response?: stratos.pot.v1.QueryTotalRewardByEpochResponse) => void;

                /** Calls TotalRewardByEpoch. */
                type TotalRewardByEpoch = {
                  (request: stratos.pot.v1.IQueryTotalRewardByEpochRequest, callback: stratos.pot.v1.Query.TotalRewardByEpochCallback): void;
                  (request: stratos.pot.v1.IQueryTotalRewardByEpochRequest): Promise<stratos.pot.v1.QueryTotalRewardByEpochResponse>;
                  readonly name: "TotalRewardByEpoch";
                  readonly path: "/stratos.pot.v1.Query/TotalRewardByEpoch";
                  readonly requestType: "QueryTotalRewardByEpochRequest";
                  readonly responseType: "QueryTotalRewardByEpochResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Query#metrics}.
                 * @param error Error, if any
                 * @param [response] QueryMetricsResponse
                 */
                type MetricsCallback = (error: (Error|null), response?: stratos.pot.v1.QueryMetricsResponse) => void;

                /** Calls Metrics. */
                type Metrics = {
                  (request: stratos.pot.v1.IQueryMetricsRequest, callback: stratos.pot.v1.Query.MetricsCallback): void;
                  (request: stratos.pot.v1.IQueryMetricsRequest): Promise<stratos.pot.v1.QueryMetricsResponse>;
                  readonly name: "Metrics";
                  readonly path: "/stratos.pot.v1.Query/Metrics";
                  readonly requestType: "QueryMetricsRequest";
                  readonly responseType: "QueryMetricsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a QueryVolumeReportRequest.
             * @deprecated Use stratos.pot.v1.QueryVolumeReportRequest.$Properties instead.
             */
            interface IQueryVolumeReportRequest extends stratos.pot.v1.QueryVolumeReportRequest.$Properties {
            }

            /** Represents a QueryVolumeReportRequest. */
            class QueryVolumeReportRequest {

                /**
                 * Constructs a new QueryVolumeReportRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryVolumeReportRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryVolumeReportRequest epoch. */
                epoch: Long;

                /**
                 * Creates a new QueryVolumeReportRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryVolumeReportRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryVolumeReportRequest.$Shape): stratos.pot.v1.QueryVolumeReportRequest & stratos.pot.v1.QueryVolumeReportRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryVolumeReportRequest.$Properties): stratos.pot.v1.QueryVolumeReportRequest;

                /**
                 * Encodes the specified QueryVolumeReportRequest message. Does not implicitly {@link stratos.pot.v1.QueryVolumeReportRequest.verify|verify} messages.
                 * @param message QueryVolumeReportRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryVolumeReportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryVolumeReportRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryVolumeReportRequest & stratos.pot.v1.QueryVolumeReportRequest.$Shape} QueryVolumeReportRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryVolumeReportRequest & stratos.pot.v1.QueryVolumeReportRequest.$Shape;

                /**
                 * Verifies a QueryVolumeReportRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryVolumeReportRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryVolumeReportRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryVolumeReportRequest;

                /**
                 * Creates a plain object from a QueryVolumeReportRequest message. Also converts values to other types if specified.
                 * @param message QueryVolumeReportRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryVolumeReportRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryVolumeReportRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryVolumeReportRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryVolumeReportRequest {

                /** Properties of a QueryVolumeReportRequest. */
                interface $Properties {

                    /** QueryVolumeReportRequest epoch */
                    epoch?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryVolumeReportRequest. */
                type $Shape = stratos.pot.v1.QueryVolumeReportRequest.$Properties;
            }

            /**
             * Properties of a QueryVolumeReportResponse.
             * @deprecated Use stratos.pot.v1.QueryVolumeReportResponse.$Properties instead.
             */
            interface IQueryVolumeReportResponse extends stratos.pot.v1.QueryVolumeReportResponse.$Properties {
            }

            /** Represents a QueryVolumeReportResponse. */
            class QueryVolumeReportResponse {

                /**
                 * Constructs a new QueryVolumeReportResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryVolumeReportResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryVolumeReportResponse reportInfo. */
                reportInfo?: (stratos.pot.v1.ReportInfo.$Properties|null);

                /**
                 * Creates a new QueryVolumeReportResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryVolumeReportResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryVolumeReportResponse.$Shape): stratos.pot.v1.QueryVolumeReportResponse & stratos.pot.v1.QueryVolumeReportResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryVolumeReportResponse.$Properties): stratos.pot.v1.QueryVolumeReportResponse;

                /**
                 * Encodes the specified QueryVolumeReportResponse message. Does not implicitly {@link stratos.pot.v1.QueryVolumeReportResponse.verify|verify} messages.
                 * @param message QueryVolumeReportResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryVolumeReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryVolumeReportResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryVolumeReportResponse & stratos.pot.v1.QueryVolumeReportResponse.$Shape} QueryVolumeReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryVolumeReportResponse & stratos.pot.v1.QueryVolumeReportResponse.$Shape;

                /**
                 * Verifies a QueryVolumeReportResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryVolumeReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryVolumeReportResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryVolumeReportResponse;

                /**
                 * Creates a plain object from a QueryVolumeReportResponse message. Also converts values to other types if specified.
                 * @param message QueryVolumeReportResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryVolumeReportResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryVolumeReportResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryVolumeReportResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryVolumeReportResponse {

                /** Properties of a QueryVolumeReportResponse. */
                interface $Properties {

                    /** QueryVolumeReportResponse reportInfo */
                    reportInfo?: (stratos.pot.v1.ReportInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryVolumeReportResponse. */
                type $Shape = stratos.pot.v1.QueryVolumeReportResponse.$Properties;
            }

            /**
             * Properties of a ReportInfo.
             * @deprecated Use stratos.pot.v1.ReportInfo.$Properties instead.
             */
            interface IReportInfo extends stratos.pot.v1.ReportInfo.$Properties {
            }

            /** Represents a ReportInfo. */
            class ReportInfo {

                /**
                 * Constructs a new ReportInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.ReportInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportInfo epoch. */
                epoch: Long;

                /** ReportInfo reference. */
                reference: string;

                /** ReportInfo txHash. */
                txHash: string;

                /** ReportInfo reporter. */
                reporter: string;

                /**
                 * Creates a new ReportInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportInfo instance
                 */
                static create(properties: stratos.pot.v1.ReportInfo.$Shape): stratos.pot.v1.ReportInfo & stratos.pot.v1.ReportInfo.$Shape;
                static create(properties?: stratos.pot.v1.ReportInfo.$Properties): stratos.pot.v1.ReportInfo;

                /**
                 * Encodes the specified ReportInfo message. Does not implicitly {@link stratos.pot.v1.ReportInfo.verify|verify} messages.
                 * @param message ReportInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.ReportInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.ReportInfo & stratos.pot.v1.ReportInfo.$Shape} ReportInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.ReportInfo & stratos.pot.v1.ReportInfo.$Shape;

                /**
                 * Verifies a ReportInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReportInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReportInfo
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.ReportInfo;

                /**
                 * Creates a plain object from a ReportInfo message. Also converts values to other types if specified.
                 * @param message ReportInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.ReportInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReportInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReportInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportInfo {

                /** Properties of a ReportInfo. */
                interface $Properties {

                    /** ReportInfo epoch */
                    epoch?: (Long|null);

                    /** ReportInfo reference */
                    reference?: (string|null);

                    /** ReportInfo txHash */
                    txHash?: (string|null);

                    /** ReportInfo reporter */
                    reporter?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReportInfo. */
                type $Shape = stratos.pot.v1.ReportInfo.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use stratos.pot.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends stratos.pot.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryParamsRequest.$Shape): stratos.pot.v1.QueryParamsRequest & stratos.pot.v1.QueryParamsRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryParamsRequest.$Properties): stratos.pot.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link stratos.pot.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryParamsRequest & stratos.pot.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryParamsRequest & stratos.pot.v1.QueryParamsRequest.$Shape;

                /**
                 * Verifies a QueryParamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = stratos.pot.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use stratos.pot.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends stratos.pot.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (stratos.pot.v1.Params.$Properties|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryParamsResponse.$Shape): stratos.pot.v1.QueryParamsResponse & stratos.pot.v1.QueryParamsResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryParamsResponse.$Properties): stratos.pot.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link stratos.pot.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryParamsResponse & stratos.pot.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryParamsResponse & stratos.pot.v1.QueryParamsResponse.$Shape;

                /**
                 * Verifies a QueryParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (stratos.pot.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = stratos.pot.v1.QueryParamsResponse.$Properties;
            }

            /**
             * Properties of a QueryRewardsByEpochRequest.
             * @deprecated Use stratos.pot.v1.QueryRewardsByEpochRequest.$Properties instead.
             */
            interface IQueryRewardsByEpochRequest extends stratos.pot.v1.QueryRewardsByEpochRequest.$Properties {
            }

            /** Represents a QueryRewardsByEpochRequest. */
            class QueryRewardsByEpochRequest {

                /**
                 * Constructs a new QueryRewardsByEpochRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryRewardsByEpochRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsByEpochRequest epoch. */
                epoch: Long;

                /** QueryRewardsByEpochRequest pagination. */
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);

                /**
                 * Creates a new QueryRewardsByEpochRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsByEpochRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryRewardsByEpochRequest.$Shape): stratos.pot.v1.QueryRewardsByEpochRequest & stratos.pot.v1.QueryRewardsByEpochRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryRewardsByEpochRequest.$Properties): stratos.pot.v1.QueryRewardsByEpochRequest;

                /**
                 * Encodes the specified QueryRewardsByEpochRequest message. Does not implicitly {@link stratos.pot.v1.QueryRewardsByEpochRequest.verify|verify} messages.
                 * @param message QueryRewardsByEpochRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryRewardsByEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsByEpochRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryRewardsByEpochRequest & stratos.pot.v1.QueryRewardsByEpochRequest.$Shape} QueryRewardsByEpochRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryRewardsByEpochRequest & stratos.pot.v1.QueryRewardsByEpochRequest.$Shape;

                /**
                 * Verifies a QueryRewardsByEpochRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsByEpochRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsByEpochRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryRewardsByEpochRequest;

                /**
                 * Creates a plain object from a QueryRewardsByEpochRequest message. Also converts values to other types if specified.
                 * @param message QueryRewardsByEpochRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryRewardsByEpochRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsByEpochRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsByEpochRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsByEpochRequest {

                /** Properties of a QueryRewardsByEpochRequest. */
                interface $Properties {

                    /** QueryRewardsByEpochRequest epoch */
                    epoch?: (Long|null);

                    /** QueryRewardsByEpochRequest pagination */
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsByEpochRequest. */
                type $Shape = stratos.pot.v1.QueryRewardsByEpochRequest.$Properties;
            }

            /**
             * Properties of a QueryRewardsByEpochResponse.
             * @deprecated Use stratos.pot.v1.QueryRewardsByEpochResponse.$Properties instead.
             */
            interface IQueryRewardsByEpochResponse extends stratos.pot.v1.QueryRewardsByEpochResponse.$Properties {
            }

            /** Represents a QueryRewardsByEpochResponse. */
            class QueryRewardsByEpochResponse {

                /**
                 * Constructs a new QueryRewardsByEpochResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryRewardsByEpochResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsByEpochResponse rewards. */
                rewards: stratos.pot.v1.Reward.$Properties[];

                /** QueryRewardsByEpochResponse pagination. */
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);

                /**
                 * Creates a new QueryRewardsByEpochResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsByEpochResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryRewardsByEpochResponse.$Shape): stratos.pot.v1.QueryRewardsByEpochResponse & stratos.pot.v1.QueryRewardsByEpochResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryRewardsByEpochResponse.$Properties): stratos.pot.v1.QueryRewardsByEpochResponse;

                /**
                 * Encodes the specified QueryRewardsByEpochResponse message. Does not implicitly {@link stratos.pot.v1.QueryRewardsByEpochResponse.verify|verify} messages.
                 * @param message QueryRewardsByEpochResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryRewardsByEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsByEpochResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryRewardsByEpochResponse & stratos.pot.v1.QueryRewardsByEpochResponse.$Shape} QueryRewardsByEpochResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryRewardsByEpochResponse & stratos.pot.v1.QueryRewardsByEpochResponse.$Shape;

                /**
                 * Verifies a QueryRewardsByEpochResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsByEpochResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsByEpochResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryRewardsByEpochResponse;

                /**
                 * Creates a plain object from a QueryRewardsByEpochResponse message. Also converts values to other types if specified.
                 * @param message QueryRewardsByEpochResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryRewardsByEpochResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsByEpochResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsByEpochResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsByEpochResponse {

                /** Properties of a QueryRewardsByEpochResponse. */
                interface $Properties {

                    /** QueryRewardsByEpochResponse rewards */
                    rewards?: (stratos.pot.v1.Reward.$Properties[]|null);

                    /** QueryRewardsByEpochResponse pagination */
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsByEpochResponse. */
                type $Shape = stratos.pot.v1.QueryRewardsByEpochResponse.$Properties;
            }

            /**
             * Properties of a QueryRewardsByWalletRequest.
             * @deprecated Use stratos.pot.v1.QueryRewardsByWalletRequest.$Properties instead.
             */
            interface IQueryRewardsByWalletRequest extends stratos.pot.v1.QueryRewardsByWalletRequest.$Properties {
            }

            /** Represents a QueryRewardsByWalletRequest. */
            class QueryRewardsByWalletRequest {

                /**
                 * Constructs a new QueryRewardsByWalletRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryRewardsByWalletRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsByWalletRequest walletAddress. */
                walletAddress: string;

                /**
                 * Creates a new QueryRewardsByWalletRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsByWalletRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryRewardsByWalletRequest.$Shape): stratos.pot.v1.QueryRewardsByWalletRequest & stratos.pot.v1.QueryRewardsByWalletRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryRewardsByWalletRequest.$Properties): stratos.pot.v1.QueryRewardsByWalletRequest;

                /**
                 * Encodes the specified QueryRewardsByWalletRequest message. Does not implicitly {@link stratos.pot.v1.QueryRewardsByWalletRequest.verify|verify} messages.
                 * @param message QueryRewardsByWalletRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryRewardsByWalletRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsByWalletRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryRewardsByWalletRequest & stratos.pot.v1.QueryRewardsByWalletRequest.$Shape} QueryRewardsByWalletRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryRewardsByWalletRequest & stratos.pot.v1.QueryRewardsByWalletRequest.$Shape;

                /**
                 * Verifies a QueryRewardsByWalletRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsByWalletRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsByWalletRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryRewardsByWalletRequest;

                /**
                 * Creates a plain object from a QueryRewardsByWalletRequest message. Also converts values to other types if specified.
                 * @param message QueryRewardsByWalletRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryRewardsByWalletRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsByWalletRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsByWalletRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsByWalletRequest {

                /** Properties of a QueryRewardsByWalletRequest. */
                interface $Properties {

                    /** QueryRewardsByWalletRequest walletAddress */
                    walletAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsByWalletRequest. */
                type $Shape = stratos.pot.v1.QueryRewardsByWalletRequest.$Properties;
            }

            /**
             * Properties of a QueryRewardsByWalletResponse.
             * @deprecated Use stratos.pot.v1.QueryRewardsByWalletResponse.$Properties instead.
             */
            interface IQueryRewardsByWalletResponse extends stratos.pot.v1.QueryRewardsByWalletResponse.$Properties {
            }

            /** Represents a QueryRewardsByWalletResponse. */
            class QueryRewardsByWalletResponse {

                /**
                 * Constructs a new QueryRewardsByWalletResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryRewardsByWalletResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsByWalletResponse rewards. */
                rewards?: (stratos.pot.v1.RewardByWallet.$Properties|null);

                /**
                 * Creates a new QueryRewardsByWalletResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsByWalletResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryRewardsByWalletResponse.$Shape): stratos.pot.v1.QueryRewardsByWalletResponse & stratos.pot.v1.QueryRewardsByWalletResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryRewardsByWalletResponse.$Properties): stratos.pot.v1.QueryRewardsByWalletResponse;

                /**
                 * Encodes the specified QueryRewardsByWalletResponse message. Does not implicitly {@link stratos.pot.v1.QueryRewardsByWalletResponse.verify|verify} messages.
                 * @param message QueryRewardsByWalletResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryRewardsByWalletResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsByWalletResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryRewardsByWalletResponse & stratos.pot.v1.QueryRewardsByWalletResponse.$Shape} QueryRewardsByWalletResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryRewardsByWalletResponse & stratos.pot.v1.QueryRewardsByWalletResponse.$Shape;

                /**
                 * Verifies a QueryRewardsByWalletResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsByWalletResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsByWalletResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryRewardsByWalletResponse;

                /**
                 * Creates a plain object from a QueryRewardsByWalletResponse message. Also converts values to other types if specified.
                 * @param message QueryRewardsByWalletResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryRewardsByWalletResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsByWalletResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsByWalletResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsByWalletResponse {

                /** Properties of a QueryRewardsByWalletResponse. */
                interface $Properties {

                    /** QueryRewardsByWalletResponse rewards */
                    rewards?: (stratos.pot.v1.RewardByWallet.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsByWalletResponse. */
                type $Shape = stratos.pot.v1.QueryRewardsByWalletResponse.$Properties;
            }

            /**
             * Properties of a QueryRewardsByWalletAndEpochRequest.
             * @deprecated Use stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Properties instead.
             */
            interface IQueryRewardsByWalletAndEpochRequest extends stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Properties {
            }

            /** Represents a QueryRewardsByWalletAndEpochRequest. */
            class QueryRewardsByWalletAndEpochRequest {

                /**
                 * Constructs a new QueryRewardsByWalletAndEpochRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsByWalletAndEpochRequest walletAddress. */
                walletAddress: string;

                /** QueryRewardsByWalletAndEpochRequest epoch. */
                epoch: Long;

                /** QueryRewardsByWalletAndEpochRequest pagination. */
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);

                /**
                 * Creates a new QueryRewardsByWalletAndEpochRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsByWalletAndEpochRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Shape): stratos.pot.v1.QueryRewardsByWalletAndEpochRequest & stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Properties): stratos.pot.v1.QueryRewardsByWalletAndEpochRequest;

                /**
                 * Encodes the specified QueryRewardsByWalletAndEpochRequest message. Does not implicitly {@link stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.verify|verify} messages.
                 * @param message QueryRewardsByWalletAndEpochRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsByWalletAndEpochRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryRewardsByWalletAndEpochRequest & stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Shape} QueryRewardsByWalletAndEpochRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryRewardsByWalletAndEpochRequest & stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Shape;

                /**
                 * Verifies a QueryRewardsByWalletAndEpochRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsByWalletAndEpochRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsByWalletAndEpochRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryRewardsByWalletAndEpochRequest;

                /**
                 * Creates a plain object from a QueryRewardsByWalletAndEpochRequest message. Also converts values to other types if specified.
                 * @param message QueryRewardsByWalletAndEpochRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryRewardsByWalletAndEpochRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsByWalletAndEpochRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsByWalletAndEpochRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsByWalletAndEpochRequest {

                /** Properties of a QueryRewardsByWalletAndEpochRequest. */
                interface $Properties {

                    /** QueryRewardsByWalletAndEpochRequest walletAddress */
                    walletAddress?: (string|null);

                    /** QueryRewardsByWalletAndEpochRequest epoch */
                    epoch?: (Long|null);

                    /** QueryRewardsByWalletAndEpochRequest pagination */
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsByWalletAndEpochRequest. */
                type $Shape = stratos.pot.v1.QueryRewardsByWalletAndEpochRequest.$Properties;
            }

            /**
             * Properties of a QueryRewardsByWalletAndEpochResponse.
             * @deprecated Use stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Properties instead.
             */
            interface IQueryRewardsByWalletAndEpochResponse extends stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Properties {
            }

            /** Represents a QueryRewardsByWalletAndEpochResponse. */
            class QueryRewardsByWalletAndEpochResponse {

                /**
                 * Constructs a new QueryRewardsByWalletAndEpochResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRewardsByWalletAndEpochResponse rewards. */
                rewards: stratos.pot.v1.Reward.$Properties[];

                /** QueryRewardsByWalletAndEpochResponse pagination. */
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);

                /**
                 * Creates a new QueryRewardsByWalletAndEpochResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsByWalletAndEpochResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Shape): stratos.pot.v1.QueryRewardsByWalletAndEpochResponse & stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Properties): stratos.pot.v1.QueryRewardsByWalletAndEpochResponse;

                /**
                 * Encodes the specified QueryRewardsByWalletAndEpochResponse message. Does not implicitly {@link stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.verify|verify} messages.
                 * @param message QueryRewardsByWalletAndEpochResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsByWalletAndEpochResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryRewardsByWalletAndEpochResponse & stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Shape} QueryRewardsByWalletAndEpochResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryRewardsByWalletAndEpochResponse & stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Shape;

                /**
                 * Verifies a QueryRewardsByWalletAndEpochResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRewardsByWalletAndEpochResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRewardsByWalletAndEpochResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryRewardsByWalletAndEpochResponse;

                /**
                 * Creates a plain object from a QueryRewardsByWalletAndEpochResponse message. Also converts values to other types if specified.
                 * @param message QueryRewardsByWalletAndEpochResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryRewardsByWalletAndEpochResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRewardsByWalletAndEpochResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRewardsByWalletAndEpochResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRewardsByWalletAndEpochResponse {

                /** Properties of a QueryRewardsByWalletAndEpochResponse. */
                interface $Properties {

                    /** QueryRewardsByWalletAndEpochResponse rewards */
                    rewards?: (stratos.pot.v1.Reward.$Properties[]|null);

                    /** QueryRewardsByWalletAndEpochResponse pagination */
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRewardsByWalletAndEpochResponse. */
                type $Shape = stratos.pot.v1.QueryRewardsByWalletAndEpochResponse.$Properties;
            }

            /**
             * Properties of a RewardByWallet.
             * @deprecated Use stratos.pot.v1.RewardByWallet.$Properties instead.
             */
            interface IRewardByWallet extends stratos.pot.v1.RewardByWallet.$Properties {
            }

            /** Represents a RewardByWallet. */
            class RewardByWallet {

                /**
                 * Constructs a new RewardByWallet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.RewardByWallet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RewardByWallet walletAddress. */
                walletAddress: string;

                /** RewardByWallet matureTotalReward. */
                matureTotalReward: cosmos.base.v1beta1.Coin.$Properties[];

                /** RewardByWallet immatureTotalReward. */
                immatureTotalReward: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new RewardByWallet instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RewardByWallet instance
                 */
                static create(properties: stratos.pot.v1.RewardByWallet.$Shape): stratos.pot.v1.RewardByWallet & stratos.pot.v1.RewardByWallet.$Shape;
                static create(properties?: stratos.pot.v1.RewardByWallet.$Properties): stratos.pot.v1.RewardByWallet;

                /**
                 * Encodes the specified RewardByWallet message. Does not implicitly {@link stratos.pot.v1.RewardByWallet.verify|verify} messages.
                 * @param message RewardByWallet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.RewardByWallet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RewardByWallet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.RewardByWallet & stratos.pot.v1.RewardByWallet.$Shape} RewardByWallet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.RewardByWallet & stratos.pot.v1.RewardByWallet.$Shape;

                /**
                 * Verifies a RewardByWallet message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RewardByWallet message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RewardByWallet
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.RewardByWallet;

                /**
                 * Creates a plain object from a RewardByWallet message. Also converts values to other types if specified.
                 * @param message RewardByWallet
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.RewardByWallet, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RewardByWallet to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RewardByWallet
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RewardByWallet {

                /** Properties of a RewardByWallet. */
                interface $Properties {

                    /** RewardByWallet walletAddress */
                    walletAddress?: (string|null);

                    /** RewardByWallet matureTotalReward */
                    matureTotalReward?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** RewardByWallet immatureTotalReward */
                    immatureTotalReward?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RewardByWallet. */
                type $Shape = stratos.pot.v1.RewardByWallet.$Properties;
            }

            /**
             * Properties of a QuerySlashingByOwnerRequest.
             * @deprecated Use stratos.pot.v1.QuerySlashingByOwnerRequest.$Properties instead.
             */
            interface IQuerySlashingByOwnerRequest extends stratos.pot.v1.QuerySlashingByOwnerRequest.$Properties {
            }

            /** Represents a QuerySlashingByOwnerRequest. */
            class QuerySlashingByOwnerRequest {

                /**
                 * Constructs a new QuerySlashingByOwnerRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QuerySlashingByOwnerRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QuerySlashingByOwnerRequest walletAddress. */
                walletAddress: string;

                /**
                 * Creates a new QuerySlashingByOwnerRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySlashingByOwnerRequest instance
                 */
                static create(properties: stratos.pot.v1.QuerySlashingByOwnerRequest.$Shape): stratos.pot.v1.QuerySlashingByOwnerRequest & stratos.pot.v1.QuerySlashingByOwnerRequest.$Shape;
                static create(properties?: stratos.pot.v1.QuerySlashingByOwnerRequest.$Properties): stratos.pot.v1.QuerySlashingByOwnerRequest;

                /**
                 * Encodes the specified QuerySlashingByOwnerRequest message. Does not implicitly {@link stratos.pot.v1.QuerySlashingByOwnerRequest.verify|verify} messages.
                 * @param message QuerySlashingByOwnerRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QuerySlashingByOwnerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySlashingByOwnerRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QuerySlashingByOwnerRequest & stratos.pot.v1.QuerySlashingByOwnerRequest.$Shape} QuerySlashingByOwnerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QuerySlashingByOwnerRequest & stratos.pot.v1.QuerySlashingByOwnerRequest.$Shape;

                /**
                 * Verifies a QuerySlashingByOwnerRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QuerySlashingByOwnerRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QuerySlashingByOwnerRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QuerySlashingByOwnerRequest;

                /**
                 * Creates a plain object from a QuerySlashingByOwnerRequest message. Also converts values to other types if specified.
                 * @param message QuerySlashingByOwnerRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QuerySlashingByOwnerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QuerySlashingByOwnerRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QuerySlashingByOwnerRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySlashingByOwnerRequest {

                /** Properties of a QuerySlashingByOwnerRequest. */
                interface $Properties {

                    /** QuerySlashingByOwnerRequest walletAddress */
                    walletAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QuerySlashingByOwnerRequest. */
                type $Shape = stratos.pot.v1.QuerySlashingByOwnerRequest.$Properties;
            }

            /**
             * Properties of a QuerySlashingByOwnerResponse.
             * @deprecated Use stratos.pot.v1.QuerySlashingByOwnerResponse.$Properties instead.
             */
            interface IQuerySlashingByOwnerResponse extends stratos.pot.v1.QuerySlashingByOwnerResponse.$Properties {
            }

            /** Represents a QuerySlashingByOwnerResponse. */
            class QuerySlashingByOwnerResponse {

                /**
                 * Constructs a new QuerySlashingByOwnerResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QuerySlashingByOwnerResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QuerySlashingByOwnerResponse slashing. */
                slashing: string;

                /**
                 * Creates a new QuerySlashingByOwnerResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySlashingByOwnerResponse instance
                 */
                static create(properties: stratos.pot.v1.QuerySlashingByOwnerResponse.$Shape): stratos.pot.v1.QuerySlashingByOwnerResponse & stratos.pot.v1.QuerySlashingByOwnerResponse.$Shape;
                static create(properties?: stratos.pot.v1.QuerySlashingByOwnerResponse.$Properties): stratos.pot.v1.QuerySlashingByOwnerResponse;

                /**
                 * Encodes the specified QuerySlashingByOwnerResponse message. Does not implicitly {@link stratos.pot.v1.QuerySlashingByOwnerResponse.verify|verify} messages.
                 * @param message QuerySlashingByOwnerResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QuerySlashingByOwnerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySlashingByOwnerResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QuerySlashingByOwnerResponse & stratos.pot.v1.QuerySlashingByOwnerResponse.$Shape} QuerySlashingByOwnerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QuerySlashingByOwnerResponse & stratos.pot.v1.QuerySlashingByOwnerResponse.$Shape;

                /**
                 * Verifies a QuerySlashingByOwnerResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QuerySlashingByOwnerResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QuerySlashingByOwnerResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QuerySlashingByOwnerResponse;

                /**
                 * Creates a plain object from a QuerySlashingByOwnerResponse message. Also converts values to other types if specified.
                 * @param message QuerySlashingByOwnerResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QuerySlashingByOwnerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QuerySlashingByOwnerResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QuerySlashingByOwnerResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySlashingByOwnerResponse {

                /** Properties of a QuerySlashingByOwnerResponse. */
                interface $Properties {

                    /** QuerySlashingByOwnerResponse slashing */
                    slashing?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QuerySlashingByOwnerResponse. */
                type $Shape = stratos.pot.v1.QuerySlashingByOwnerResponse.$Properties;
            }

            /**
             * Properties of a QueryTotalMinedTokenRequest.
             * @deprecated Use stratos.pot.v1.QueryTotalMinedTokenRequest.$Properties instead.
             */
            interface IQueryTotalMinedTokenRequest extends stratos.pot.v1.QueryTotalMinedTokenRequest.$Properties {
            }

            /** Represents a QueryTotalMinedTokenRequest. */
            class QueryTotalMinedTokenRequest {

                /**
                 * Constructs a new QueryTotalMinedTokenRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryTotalMinedTokenRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryTotalMinedTokenRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTotalMinedTokenRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryTotalMinedTokenRequest.$Shape): stratos.pot.v1.QueryTotalMinedTokenRequest & stratos.pot.v1.QueryTotalMinedTokenRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryTotalMinedTokenRequest.$Properties): stratos.pot.v1.QueryTotalMinedTokenRequest;

                /**
                 * Encodes the specified QueryTotalMinedTokenRequest message. Does not implicitly {@link stratos.pot.v1.QueryTotalMinedTokenRequest.verify|verify} messages.
                 * @param message QueryTotalMinedTokenRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryTotalMinedTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTotalMinedTokenRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryTotalMinedTokenRequest & stratos.pot.v1.QueryTotalMinedTokenRequest.$Shape} QueryTotalMinedTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryTotalMinedTokenRequest & stratos.pot.v1.QueryTotalMinedTokenRequest.$Shape;

                /**
                 * Verifies a QueryTotalMinedTokenRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryTotalMinedTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryTotalMinedTokenRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryTotalMinedTokenRequest;

                /**
                 * Creates a plain object from a QueryTotalMinedTokenRequest message. Also converts values to other types if specified.
                 * @param message QueryTotalMinedTokenRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryTotalMinedTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryTotalMinedTokenRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryTotalMinedTokenRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryTotalMinedTokenRequest {

                /** Properties of a QueryTotalMinedTokenRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryTotalMinedTokenRequest. */
                type $Shape = stratos.pot.v1.QueryTotalMinedTokenRequest.$Properties;
            }

            /**
             * Properties of a QueryTotalMinedTokenResponse.
             * @deprecated Use stratos.pot.v1.QueryTotalMinedTokenResponse.$Properties instead.
             */
            interface IQueryTotalMinedTokenResponse extends stratos.pot.v1.QueryTotalMinedTokenResponse.$Properties {
            }

            /** Represents a QueryTotalMinedTokenResponse. */
            class QueryTotalMinedTokenResponse {

                /**
                 * Constructs a new QueryTotalMinedTokenResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryTotalMinedTokenResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryTotalMinedTokenResponse totalMinedToken. */
                totalMinedToken?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /**
                 * Creates a new QueryTotalMinedTokenResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTotalMinedTokenResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryTotalMinedTokenResponse.$Shape): stratos.pot.v1.QueryTotalMinedTokenResponse & stratos.pot.v1.QueryTotalMinedTokenResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryTotalMinedTokenResponse.$Properties): stratos.pot.v1.QueryTotalMinedTokenResponse;

                /**
                 * Encodes the specified QueryTotalMinedTokenResponse message. Does not implicitly {@link stratos.pot.v1.QueryTotalMinedTokenResponse.verify|verify} messages.
                 * @param message QueryTotalMinedTokenResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryTotalMinedTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTotalMinedTokenResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryTotalMinedTokenResponse & stratos.pot.v1.QueryTotalMinedTokenResponse.$Shape} QueryTotalMinedTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryTotalMinedTokenResponse & stratos.pot.v1.QueryTotalMinedTokenResponse.$Shape;

                /**
                 * Verifies a QueryTotalMinedTokenResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryTotalMinedTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryTotalMinedTokenResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryTotalMinedTokenResponse;

                /**
                 * Creates a plain object from a QueryTotalMinedTokenResponse message. Also converts values to other types if specified.
                 * @param message QueryTotalMinedTokenResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryTotalMinedTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryTotalMinedTokenResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryTotalMinedTokenResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryTotalMinedTokenResponse {

                /** Properties of a QueryTotalMinedTokenResponse. */
                interface $Properties {

                    /** QueryTotalMinedTokenResponse totalMinedToken */
                    totalMinedToken?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryTotalMinedTokenResponse. */
                type $Shape = stratos.pot.v1.QueryTotalMinedTokenResponse.$Properties;
            }

            /**
             * Properties of a QueryCirculationSupplyRequest.
             * @deprecated Use stratos.pot.v1.QueryCirculationSupplyRequest.$Properties instead.
             */
            interface IQueryCirculationSupplyRequest extends stratos.pot.v1.QueryCirculationSupplyRequest.$Properties {
            }

            /** Represents a QueryCirculationSupplyRequest. */
            class QueryCirculationSupplyRequest {

                /**
                 * Constructs a new QueryCirculationSupplyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryCirculationSupplyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryCirculationSupplyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCirculationSupplyRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryCirculationSupplyRequest.$Shape): stratos.pot.v1.QueryCirculationSupplyRequest & stratos.pot.v1.QueryCirculationSupplyRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryCirculationSupplyRequest.$Properties): stratos.pot.v1.QueryCirculationSupplyRequest;

                /**
                 * Encodes the specified QueryCirculationSupplyRequest message. Does not implicitly {@link stratos.pot.v1.QueryCirculationSupplyRequest.verify|verify} messages.
                 * @param message QueryCirculationSupplyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryCirculationSupplyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCirculationSupplyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryCirculationSupplyRequest & stratos.pot.v1.QueryCirculationSupplyRequest.$Shape} QueryCirculationSupplyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryCirculationSupplyRequest & stratos.pot.v1.QueryCirculationSupplyRequest.$Shape;

                /**
                 * Verifies a QueryCirculationSupplyRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryCirculationSupplyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryCirculationSupplyRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryCirculationSupplyRequest;

                /**
                 * Creates a plain object from a QueryCirculationSupplyRequest message. Also converts values to other types if specified.
                 * @param message QueryCirculationSupplyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryCirculationSupplyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryCirculationSupplyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryCirculationSupplyRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryCirculationSupplyRequest {

                /** Properties of a QueryCirculationSupplyRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryCirculationSupplyRequest. */
                type $Shape = stratos.pot.v1.QueryCirculationSupplyRequest.$Properties;
            }

            /**
             * Properties of a QueryCirculationSupplyResponse.
             * @deprecated Use stratos.pot.v1.QueryCirculationSupplyResponse.$Properties instead.
             */
            interface IQueryCirculationSupplyResponse extends stratos.pot.v1.QueryCirculationSupplyResponse.$Properties {
            }

            /** Represents a QueryCirculationSupplyResponse. */
            class QueryCirculationSupplyResponse {

                /**
                 * Constructs a new QueryCirculationSupplyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryCirculationSupplyResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryCirculationSupplyResponse circulationSupply. */
                circulationSupply: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new QueryCirculationSupplyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCirculationSupplyResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryCirculationSupplyResponse.$Shape): stratos.pot.v1.QueryCirculationSupplyResponse & stratos.pot.v1.QueryCirculationSupplyResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryCirculationSupplyResponse.$Properties): stratos.pot.v1.QueryCirculationSupplyResponse;

                /**
                 * Encodes the specified QueryCirculationSupplyResponse message. Does not implicitly {@link stratos.pot.v1.QueryCirculationSupplyResponse.verify|verify} messages.
                 * @param message QueryCirculationSupplyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryCirculationSupplyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCirculationSupplyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryCirculationSupplyResponse & stratos.pot.v1.QueryCirculationSupplyResponse.$Shape} QueryCirculationSupplyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryCirculationSupplyResponse & stratos.pot.v1.QueryCirculationSupplyResponse.$Shape;

                /**
                 * Verifies a QueryCirculationSupplyResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryCirculationSupplyResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryCirculationSupplyResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryCirculationSupplyResponse;

                /**
                 * Creates a plain object from a QueryCirculationSupplyResponse message. Also converts values to other types if specified.
                 * @param message QueryCirculationSupplyResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryCirculationSupplyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryCirculationSupplyResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryCirculationSupplyResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryCirculationSupplyResponse {

                /** Properties of a QueryCirculationSupplyResponse. */
                interface $Properties {

                    /** QueryCirculationSupplyResponse circulationSupply */
                    circulationSupply?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryCirculationSupplyResponse. */
                type $Shape = stratos.pot.v1.QueryCirculationSupplyResponse.$Properties;
            }

            /**
             * Properties of a QueryTotalRewardByEpochRequest.
             * @deprecated Use stratos.pot.v1.QueryTotalRewardByEpochRequest.$Properties instead.
             */
            interface IQueryTotalRewardByEpochRequest extends stratos.pot.v1.QueryTotalRewardByEpochRequest.$Properties {
            }

            /** Represents a QueryTotalRewardByEpochRequest. */
            class QueryTotalRewardByEpochRequest {

                /**
                 * Constructs a new QueryTotalRewardByEpochRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryTotalRewardByEpochRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryTotalRewardByEpochRequest epoch. */
                epoch: Long;

                /**
                 * Creates a new QueryTotalRewardByEpochRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTotalRewardByEpochRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryTotalRewardByEpochRequest.$Shape): stratos.pot.v1.QueryTotalRewardByEpochRequest & stratos.pot.v1.QueryTotalRewardByEpochRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryTotalRewardByEpochRequest.$Properties): stratos.pot.v1.QueryTotalRewardByEpochRequest;

                /**
                 * Encodes the specified QueryTotalRewardByEpochRequest message. Does not implicitly {@link stratos.pot.v1.QueryTotalRewardByEpochRequest.verify|verify} messages.
                 * @param message QueryTotalRewardByEpochRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryTotalRewardByEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTotalRewardByEpochRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryTotalRewardByEpochRequest & stratos.pot.v1.QueryTotalRewardByEpochRequest.$Shape} QueryTotalRewardByEpochRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryTotalRewardByEpochRequest & stratos.pot.v1.QueryTotalRewardByEpochRequest.$Shape;

                /**
                 * Verifies a QueryTotalRewardByEpochRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryTotalRewardByEpochRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryTotalRewardByEpochRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryTotalRewardByEpochRequest;

                /**
                 * Creates a plain object from a QueryTotalRewardByEpochRequest message. Also converts values to other types if specified.
                 * @param message QueryTotalRewardByEpochRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryTotalRewardByEpochRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryTotalRewardByEpochRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryTotalRewardByEpochRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryTotalRewardByEpochRequest {

                /** Properties of a QueryTotalRewardByEpochRequest. */
                interface $Properties {

                    /** QueryTotalRewardByEpochRequest epoch */
                    epoch?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryTotalRewardByEpochRequest. */
                type $Shape = stratos.pot.v1.QueryTotalRewardByEpochRequest.$Properties;
            }

            /**
             * Properties of a QueryTotalRewardByEpochResponse.
             * @deprecated Use stratos.pot.v1.QueryTotalRewardByEpochResponse.$Properties instead.
             */
            interface IQueryTotalRewardByEpochResponse extends stratos.pot.v1.QueryTotalRewardByEpochResponse.$Properties {
            }

            /** Represents a QueryTotalRewardByEpochResponse. */
            class QueryTotalRewardByEpochResponse {

                /**
                 * Constructs a new QueryTotalRewardByEpochResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryTotalRewardByEpochResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryTotalRewardByEpochResponse totalReward. */
                totalReward?: (stratos.pot.v1.TotalReward.$Properties|null);

                /** QueryTotalRewardByEpochResponse isLegacy. */
                isLegacy: boolean;

                /**
                 * Creates a new QueryTotalRewardByEpochResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTotalRewardByEpochResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryTotalRewardByEpochResponse.$Shape): stratos.pot.v1.QueryTotalRewardByEpochResponse & stratos.pot.v1.QueryTotalRewardByEpochResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryTotalRewardByEpochResponse.$Properties): stratos.pot.v1.QueryTotalRewardByEpochResponse;

                /**
                 * Encodes the specified QueryTotalRewardByEpochResponse message. Does not implicitly {@link stratos.pot.v1.QueryTotalRewardByEpochResponse.verify|verify} messages.
                 * @param message QueryTotalRewardByEpochResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryTotalRewardByEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTotalRewardByEpochResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryTotalRewardByEpochResponse & stratos.pot.v1.QueryTotalRewardByEpochResponse.$Shape} QueryTotalRewardByEpochResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryTotalRewardByEpochResponse & stratos.pot.v1.QueryTotalRewardByEpochResponse.$Shape;

                /**
                 * Verifies a QueryTotalRewardByEpochResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryTotalRewardByEpochResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryTotalRewardByEpochResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryTotalRewardByEpochResponse;

                /**
                 * Creates a plain object from a QueryTotalRewardByEpochResponse message. Also converts values to other types if specified.
                 * @param message QueryTotalRewardByEpochResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryTotalRewardByEpochResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryTotalRewardByEpochResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryTotalRewardByEpochResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryTotalRewardByEpochResponse {

                /** Properties of a QueryTotalRewardByEpochResponse. */
                interface $Properties {

                    /** QueryTotalRewardByEpochResponse totalReward */
                    totalReward?: (stratos.pot.v1.TotalReward.$Properties|null);

                    /** QueryTotalRewardByEpochResponse isLegacy */
                    isLegacy?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryTotalRewardByEpochResponse. */
                type $Shape = stratos.pot.v1.QueryTotalRewardByEpochResponse.$Properties;
            }

            /**
             * Properties of a QueryMetricsRequest.
             * @deprecated Use stratos.pot.v1.QueryMetricsRequest.$Properties instead.
             */
            interface IQueryMetricsRequest extends stratos.pot.v1.QueryMetricsRequest.$Properties {
            }

            /** Represents a QueryMetricsRequest. */
            class QueryMetricsRequest {

                /**
                 * Constructs a new QueryMetricsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryMetricsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryMetricsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMetricsRequest instance
                 */
                static create(properties: stratos.pot.v1.QueryMetricsRequest.$Shape): stratos.pot.v1.QueryMetricsRequest & stratos.pot.v1.QueryMetricsRequest.$Shape;
                static create(properties?: stratos.pot.v1.QueryMetricsRequest.$Properties): stratos.pot.v1.QueryMetricsRequest;

                /**
                 * Encodes the specified QueryMetricsRequest message. Does not implicitly {@link stratos.pot.v1.QueryMetricsRequest.verify|verify} messages.
                 * @param message QueryMetricsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMetricsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryMetricsRequest & stratos.pot.v1.QueryMetricsRequest.$Shape} QueryMetricsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryMetricsRequest & stratos.pot.v1.QueryMetricsRequest.$Shape;

                /**
                 * Verifies a QueryMetricsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryMetricsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMetricsRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryMetricsRequest;

                /**
                 * Creates a plain object from a QueryMetricsRequest message. Also converts values to other types if specified.
                 * @param message QueryMetricsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryMetricsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMetricsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMetricsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMetricsRequest {

                /** Properties of a QueryMetricsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMetricsRequest. */
                type $Shape = stratos.pot.v1.QueryMetricsRequest.$Properties;
            }

            /**
             * Properties of a QueryMetricsResponse.
             * @deprecated Use stratos.pot.v1.QueryMetricsResponse.$Properties instead.
             */
            interface IQueryMetricsResponse extends stratos.pot.v1.QueryMetricsResponse.$Properties {
            }

            /** Represents a QueryMetricsResponse. */
            class QueryMetricsResponse {

                /**
                 * Constructs a new QueryMetricsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.QueryMetricsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMetricsResponse metrics. */
                metrics?: (stratos.pot.v1.Metrics.$Properties|null);

                /**
                 * Creates a new QueryMetricsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMetricsResponse instance
                 */
                static create(properties: stratos.pot.v1.QueryMetricsResponse.$Shape): stratos.pot.v1.QueryMetricsResponse & stratos.pot.v1.QueryMetricsResponse.$Shape;
                static create(properties?: stratos.pot.v1.QueryMetricsResponse.$Properties): stratos.pot.v1.QueryMetricsResponse;

                /**
                 * Encodes the specified QueryMetricsResponse message. Does not implicitly {@link stratos.pot.v1.QueryMetricsResponse.verify|verify} messages.
                 * @param message QueryMetricsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.QueryMetricsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMetricsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.QueryMetricsResponse & stratos.pot.v1.QueryMetricsResponse.$Shape} QueryMetricsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.QueryMetricsResponse & stratos.pot.v1.QueryMetricsResponse.$Shape;

                /**
                 * Verifies a QueryMetricsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryMetricsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMetricsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.QueryMetricsResponse;

                /**
                 * Creates a plain object from a QueryMetricsResponse message. Also converts values to other types if specified.
                 * @param message QueryMetricsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.QueryMetricsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMetricsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMetricsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMetricsResponse {

                /** Properties of a QueryMetricsResponse. */
                interface $Properties {

                    /** QueryMetricsResponse metrics */
                    metrics?: (stratos.pot.v1.Metrics.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMetricsResponse. */
                type $Shape = stratos.pot.v1.QueryMetricsResponse.$Properties;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /** Calls HandleMsgVolumeReport. */
                handleMsgVolumeReport: stratos.pot.v1.Msg.HandleMsgVolumeReport;

                /** Calls HandleMsgWithdraw. */
                handleMsgWithdraw: stratos.pot.v1.Msg.HandleMsgWithdraw;

                /** Calls HandleMsgFoundationDeposit. */
                handleMsgFoundationDeposit: stratos.pot.v1.Msg.HandleMsgFoundationDeposit;

                /** Calls HandleMsgSlashingResourceNode. */
                handleMsgSlashingResourceNode: stratos.pot.v1.Msg.HandleMsgSlashingResourceNode;

                /** Calls UpdateParams. */
                updateParams: stratos.pot.v1.Msg.UpdateParams;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link stratos.pot.v1.Msg#handleMsgVolumeReport}.
                 * @param error Error, if any
                 * @param [response] MsgVolumeReportResponse
                 */
                type HandleMsgVolumeReportCallback = (error: (Error|null), response?: stratos.pot.v1.MsgVolumeReportResponse) => void;

                /** Calls HandleMsgVolumeReport. */
                type HandleMsgVolumeReport = {
                  (request: stratos.pot.v1.IMsgVolumeReport, callback: stratos.pot.v1.Msg.HandleMsgVolumeReportCallback): void;
                  (request: stratos.pot.v1.IMsgVolumeReport): Promise<stratos.pot.v1.MsgVolumeReportResponse>;
                  readonly name: "HandleMsgVolumeReport";
                  readonly path: "/stratos.pot.v1.Msg/HandleMsgVolumeReport";
                  readonly requestType: "MsgVolumeReport";
                  readonly responseType: "MsgVolumeReportResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Msg#handleMsgWithdraw}.
                 * @param error Error, if any
                 * @param [response] MsgWithdrawResponse
                 */
                type HandleMsgWithdrawCallback = (error: (Error|null), response?: stratos.pot.v1.MsgWithdrawResponse) => void;

                /** Calls HandleMsgWithdraw. */
                type HandleMsgWithdraw = {
                  (request: stratos.pot.v1.IMsgWithdraw, callback: stratos.pot.v1.Msg.HandleMsgWithdrawCallback): void;
                  (request: stratos.pot.v1.IMsgWithdraw): Promise<stratos.pot.v1.MsgWithdrawResponse>;
                  readonly name: "HandleMsgWithdraw";
                  readonly path: "/stratos.pot.v1.Msg/HandleMsgWithdraw";
                  readonly requestType: "MsgWithdraw";
                  readonly responseType: "MsgWithdrawResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Msg#handleMsgFoundationDeposit}.
                 * @param error Error, if any
                 * @param [response] MsgFoundationDepositResponse
                 */
                type HandleMsgFoundationDepositCallback = (error: (Error|null), response?: stratos.pot.v1.MsgFoundationDepositResponse) => void;

                /** Calls HandleMsgFoundationDeposit. */
                type HandleMsgFoundationDeposit = {
                  (request: stratos.pot.v1.IMsgFoundationDeposit, callback: stratos.pot.v1.Msg.HandleMsgFoundationDepositCallback): void;
                  (request: stratos.pot.v1.IMsgFoundationDeposit): Promise<stratos.pot.v1.MsgFoundationDepositResponse>;
                  readonly name: "HandleMsgFoundationDeposit";
                  readonly path: "/stratos.pot.v1.Msg/HandleMsgFoundationDeposit";
                  readonly requestType: "MsgFoundationDeposit";
                  readonly responseType: "MsgFoundationDepositResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Msg#handleMsgSlashingResourceNode}.
                 * @param error Error, if any
                 * @param [response] MsgSlashingResourceNodeResponse
                 */
                type HandleMsgSlashingResourceNodeCallback = (error: (Error|null), response?: stratos.pot.v1.MsgSlashingResourceNodeResponse) => void;

                /** Calls HandleMsgSlashingResourceNode. */
                type HandleMsgSlashingResourceNode = {
                  (request: stratos.pot.v1.IMsgSlashingResourceNode, callback: stratos.pot.v1.Msg.HandleMsgSlashingResourceNodeCallback): void;
                  (request: stratos.pot.v1.IMsgSlashingResourceNode): Promise<stratos.pot.v1.MsgSlashingResourceNodeResponse>;
                  readonly name: "HandleMsgSlashingResourceNode";
                  readonly path: "/stratos.pot.v1.Msg/HandleMsgSlashingResourceNode";
                  readonly requestType: "MsgSlashingResourceNode";
                  readonly responseType: "MsgSlashingResourceNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.pot.v1.Msg#updateParams}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateParamsResponse
                 */
                type UpdateParamsCallback = (error: (Error|null), response?: stratos.pot.v1.MsgUpdateParamsResponse) => void;

                /** Calls UpdateParams. */
                type UpdateParams = {
                  (request: stratos.pot.v1.IMsgUpdateParams, callback: stratos.pot.v1.Msg.UpdateParamsCallback): void;
                  (request: stratos.pot.v1.IMsgUpdateParams): Promise<stratos.pot.v1.MsgUpdateParamsResponse>;
                  readonly name: "UpdateParams";
                  readonly path: "/stratos.pot.v1.Msg/UpdateParams";
                  readonly requestType: "MsgUpdateParams";
                  readonly responseType: "MsgUpdateParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a MsgVolumeReport.
             * @deprecated Use stratos.pot.v1.MsgVolumeReport.$Properties instead.
             */
            interface IMsgVolumeReport extends stratos.pot.v1.MsgVolumeReport.$Properties {
            }

            /** Represents a MsgVolumeReport. */
            class MsgVolumeReport {

                /**
                 * Constructs a new MsgVolumeReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgVolumeReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgVolumeReport walletVolumes. */
                walletVolumes: stratos.pot.v1.SingleWalletVolume.$Properties[];

                /** MsgVolumeReport reporter. */
                reporter: string;

                /** MsgVolumeReport epoch. */
                epoch: string;

                /** MsgVolumeReport reportReference. */
                reportReference: string;

                /** MsgVolumeReport reporterOwner. */
                reporterOwner: string;

                /** MsgVolumeReport BLSSignature. */
                BLSSignature?: (stratos.pot.v1.BLSSignatureInfo.$Properties|null);

                /**
                 * Creates a new MsgVolumeReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgVolumeReport instance
                 */
                static create(properties: stratos.pot.v1.MsgVolumeReport.$Shape): stratos.pot.v1.MsgVolumeReport & stratos.pot.v1.MsgVolumeReport.$Shape;
                static create(properties?: stratos.pot.v1.MsgVolumeReport.$Properties): stratos.pot.v1.MsgVolumeReport;

                /**
                 * Encodes the specified MsgVolumeReport message. Does not implicitly {@link stratos.pot.v1.MsgVolumeReport.verify|verify} messages.
                 * @param message MsgVolumeReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgVolumeReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgVolumeReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgVolumeReport & stratos.pot.v1.MsgVolumeReport.$Shape} MsgVolumeReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgVolumeReport & stratos.pot.v1.MsgVolumeReport.$Shape;

                /**
                 * Verifies a MsgVolumeReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgVolumeReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgVolumeReport
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgVolumeReport;

                /**
                 * Creates a plain object from a MsgVolumeReport message. Also converts values to other types if specified.
                 * @param message MsgVolumeReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgVolumeReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgVolumeReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgVolumeReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgVolumeReport {

                /** Properties of a MsgVolumeReport. */
                interface $Properties {

                    /** MsgVolumeReport walletVolumes */
                    walletVolumes?: (stratos.pot.v1.SingleWalletVolume.$Properties[]|null);

                    /** MsgVolumeReport reporter */
                    reporter?: (string|null);

                    /** MsgVolumeReport epoch */
                    epoch?: (string|null);

                    /** MsgVolumeReport reportReference */
                    reportReference?: (string|null);

                    /** MsgVolumeReport reporterOwner */
                    reporterOwner?: (string|null);

                    /** MsgVolumeReport BLSSignature */
                    BLSSignature?: (stratos.pot.v1.BLSSignatureInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgVolumeReport. */
                type $Shape = stratos.pot.v1.MsgVolumeReport.$Properties;
            }

            /**
             * Properties of a MsgVolumeReportResponse.
             * @deprecated Use stratos.pot.v1.MsgVolumeReportResponse.$Properties instead.
             */
            interface IMsgVolumeReportResponse extends stratos.pot.v1.MsgVolumeReportResponse.$Properties {
            }

            /** Represents a MsgVolumeReportResponse. */
            class MsgVolumeReportResponse {

                /**
                 * Constructs a new MsgVolumeReportResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgVolumeReportResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgVolumeReportResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgVolumeReportResponse instance
                 */
                static create(properties: stratos.pot.v1.MsgVolumeReportResponse.$Shape): stratos.pot.v1.MsgVolumeReportResponse & stratos.pot.v1.MsgVolumeReportResponse.$Shape;
                static create(properties?: stratos.pot.v1.MsgVolumeReportResponse.$Properties): stratos.pot.v1.MsgVolumeReportResponse;

                /**
                 * Encodes the specified MsgVolumeReportResponse message. Does not implicitly {@link stratos.pot.v1.MsgVolumeReportResponse.verify|verify} messages.
                 * @param message MsgVolumeReportResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgVolumeReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgVolumeReportResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgVolumeReportResponse & stratos.pot.v1.MsgVolumeReportResponse.$Shape} MsgVolumeReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgVolumeReportResponse & stratos.pot.v1.MsgVolumeReportResponse.$Shape;

                /**
                 * Verifies a MsgVolumeReportResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgVolumeReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgVolumeReportResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgVolumeReportResponse;

                /**
                 * Creates a plain object from a MsgVolumeReportResponse message. Also converts values to other types if specified.
                 * @param message MsgVolumeReportResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgVolumeReportResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgVolumeReportResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgVolumeReportResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgVolumeReportResponse {

                /** Properties of a MsgVolumeReportResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgVolumeReportResponse. */
                type $Shape = stratos.pot.v1.MsgVolumeReportResponse.$Properties;
            }

            /**
             * Properties of a MsgWithdraw.
             * @deprecated Use stratos.pot.v1.MsgWithdraw.$Properties instead.
             */
            interface IMsgWithdraw extends stratos.pot.v1.MsgWithdraw.$Properties {
            }

            /** Represents a MsgWithdraw. */
            class MsgWithdraw {

                /**
                 * Constructs a new MsgWithdraw.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgWithdraw.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgWithdraw amount. */
                amount: cosmos.base.v1beta1.Coin.$Properties[];

                /** MsgWithdraw walletAddress. */
                walletAddress: string;

                /** MsgWithdraw targetAddress. */
                targetAddress: string;

                /**
                 * Creates a new MsgWithdraw instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgWithdraw instance
                 */
                static create(properties: stratos.pot.v1.MsgWithdraw.$Shape): stratos.pot.v1.MsgWithdraw & stratos.pot.v1.MsgWithdraw.$Shape;
                static create(properties?: stratos.pot.v1.MsgWithdraw.$Properties): stratos.pot.v1.MsgWithdraw;

                /**
                 * Encodes the specified MsgWithdraw message. Does not implicitly {@link stratos.pot.v1.MsgWithdraw.verify|verify} messages.
                 * @param message MsgWithdraw message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgWithdraw.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgWithdraw message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgWithdraw & stratos.pot.v1.MsgWithdraw.$Shape} MsgWithdraw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgWithdraw & stratos.pot.v1.MsgWithdraw.$Shape;

                /**
                 * Verifies a MsgWithdraw message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgWithdraw message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgWithdraw
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgWithdraw;

                /**
                 * Creates a plain object from a MsgWithdraw message. Also converts values to other types if specified.
                 * @param message MsgWithdraw
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgWithdraw, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgWithdraw to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgWithdraw
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdraw {

                /** Properties of a MsgWithdraw. */
                interface $Properties {

                    /** MsgWithdraw amount */
                    amount?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** MsgWithdraw walletAddress */
                    walletAddress?: (string|null);

                    /** MsgWithdraw targetAddress */
                    targetAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgWithdraw. */
                type $Shape = stratos.pot.v1.MsgWithdraw.$Properties;
            }

            /**
             * Properties of a MsgWithdrawResponse.
             * @deprecated Use stratos.pot.v1.MsgWithdrawResponse.$Properties instead.
             */
            interface IMsgWithdrawResponse extends stratos.pot.v1.MsgWithdrawResponse.$Properties {
            }

            /** Represents a MsgWithdrawResponse. */
            class MsgWithdrawResponse {

                /**
                 * Constructs a new MsgWithdrawResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgWithdrawResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgWithdrawResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgWithdrawResponse instance
                 */
                static create(properties: stratos.pot.v1.MsgWithdrawResponse.$Shape): stratos.pot.v1.MsgWithdrawResponse & stratos.pot.v1.MsgWithdrawResponse.$Shape;
                static create(properties?: stratos.pot.v1.MsgWithdrawResponse.$Properties): stratos.pot.v1.MsgWithdrawResponse;

                /**
                 * Encodes the specified MsgWithdrawResponse message. Does not implicitly {@link stratos.pot.v1.MsgWithdrawResponse.verify|verify} messages.
                 * @param message MsgWithdrawResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgWithdrawResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgWithdrawResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgWithdrawResponse & stratos.pot.v1.MsgWithdrawResponse.$Shape} MsgWithdrawResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgWithdrawResponse & stratos.pot.v1.MsgWithdrawResponse.$Shape;

                /**
                 * Verifies a MsgWithdrawResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgWithdrawResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgWithdrawResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgWithdrawResponse;

                /**
                 * Creates a plain object from a MsgWithdrawResponse message. Also converts values to other types if specified.
                 * @param message MsgWithdrawResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgWithdrawResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgWithdrawResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgWithdrawResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgWithdrawResponse {

                /** Properties of a MsgWithdrawResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgWithdrawResponse. */
                type $Shape = stratos.pot.v1.MsgWithdrawResponse.$Properties;
            }

            /**
             * Properties of a MsgFoundationDeposit.
             * @deprecated Use stratos.pot.v1.MsgFoundationDeposit.$Properties instead.
             */
            interface IMsgFoundationDeposit extends stratos.pot.v1.MsgFoundationDeposit.$Properties {
            }

            /** Represents a MsgFoundationDeposit. */
            class MsgFoundationDeposit {

                /**
                 * Constructs a new MsgFoundationDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgFoundationDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgFoundationDeposit amount. */
                amount: cosmos.base.v1beta1.Coin.$Properties[];

                /** MsgFoundationDeposit from. */
                from: string;

                /**
                 * Creates a new MsgFoundationDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgFoundationDeposit instance
                 */
                static create(properties: stratos.pot.v1.MsgFoundationDeposit.$Shape): stratos.pot.v1.MsgFoundationDeposit & stratos.pot.v1.MsgFoundationDeposit.$Shape;
                static create(properties?: stratos.pot.v1.MsgFoundationDeposit.$Properties): stratos.pot.v1.MsgFoundationDeposit;

                /**
                 * Encodes the specified MsgFoundationDeposit message. Does not implicitly {@link stratos.pot.v1.MsgFoundationDeposit.verify|verify} messages.
                 * @param message MsgFoundationDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgFoundationDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgFoundationDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgFoundationDeposit & stratos.pot.v1.MsgFoundationDeposit.$Shape} MsgFoundationDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgFoundationDeposit & stratos.pot.v1.MsgFoundationDeposit.$Shape;

                /**
                 * Verifies a MsgFoundationDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgFoundationDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgFoundationDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgFoundationDeposit;

                /**
                 * Creates a plain object from a MsgFoundationDeposit message. Also converts values to other types if specified.
                 * @param message MsgFoundationDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgFoundationDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgFoundationDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgFoundationDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgFoundationDeposit {

                /** Properties of a MsgFoundationDeposit. */
                interface $Properties {

                    /** MsgFoundationDeposit amount */
                    amount?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** MsgFoundationDeposit from */
                    from?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgFoundationDeposit. */
                type $Shape = stratos.pot.v1.MsgFoundationDeposit.$Properties;
            }

            /**
             * Properties of a MsgFoundationDepositResponse.
             * @deprecated Use stratos.pot.v1.MsgFoundationDepositResponse.$Properties instead.
             */
            interface IMsgFoundationDepositResponse extends stratos.pot.v1.MsgFoundationDepositResponse.$Properties {
            }

            /** Represents a MsgFoundationDepositResponse. */
            class MsgFoundationDepositResponse {

                /**
                 * Constructs a new MsgFoundationDepositResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgFoundationDepositResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgFoundationDepositResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgFoundationDepositResponse instance
                 */
                static create(properties: stratos.pot.v1.MsgFoundationDepositResponse.$Shape): stratos.pot.v1.MsgFoundationDepositResponse & stratos.pot.v1.MsgFoundationDepositResponse.$Shape;
                static create(properties?: stratos.pot.v1.MsgFoundationDepositResponse.$Properties): stratos.pot.v1.MsgFoundationDepositResponse;

                /**
                 * Encodes the specified MsgFoundationDepositResponse message. Does not implicitly {@link stratos.pot.v1.MsgFoundationDepositResponse.verify|verify} messages.
                 * @param message MsgFoundationDepositResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgFoundationDepositResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgFoundationDepositResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgFoundationDepositResponse & stratos.pot.v1.MsgFoundationDepositResponse.$Shape} MsgFoundationDepositResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgFoundationDepositResponse & stratos.pot.v1.MsgFoundationDepositResponse.$Shape;

                /**
                 * Verifies a MsgFoundationDepositResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgFoundationDepositResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgFoundationDepositResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgFoundationDepositResponse;

                /**
                 * Creates a plain object from a MsgFoundationDepositResponse message. Also converts values to other types if specified.
                 * @param message MsgFoundationDepositResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgFoundationDepositResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgFoundationDepositResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgFoundationDepositResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgFoundationDepositResponse {

                /** Properties of a MsgFoundationDepositResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgFoundationDepositResponse. */
                type $Shape = stratos.pot.v1.MsgFoundationDepositResponse.$Properties;
            }

            /**
             * Properties of a MsgSlashingResourceNode.
             * @deprecated Use stratos.pot.v1.MsgSlashingResourceNode.$Properties instead.
             */
            interface IMsgSlashingResourceNode extends stratos.pot.v1.MsgSlashingResourceNode.$Properties {
            }

            /** Represents a MsgSlashingResourceNode. */
            class MsgSlashingResourceNode {

                /**
                 * Constructs a new MsgSlashingResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgSlashingResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgSlashingResourceNode reporters. */
                reporters: string[];

                /** MsgSlashingResourceNode reporterOwner. */
                reporterOwner: string[];

                /** MsgSlashingResourceNode networkAddress. */
                networkAddress: string;

                /** MsgSlashingResourceNode walletAddress. */
                walletAddress: string;

                /** MsgSlashingResourceNode slashing. */
                slashing: string;

                /** MsgSlashingResourceNode suspend. */
                suspend: boolean;

                /**
                 * Creates a new MsgSlashingResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSlashingResourceNode instance
                 */
                static create(properties: stratos.pot.v1.MsgSlashingResourceNode.$Shape): stratos.pot.v1.MsgSlashingResourceNode & stratos.pot.v1.MsgSlashingResourceNode.$Shape;
                static create(properties?: stratos.pot.v1.MsgSlashingResourceNode.$Properties): stratos.pot.v1.MsgSlashingResourceNode;

                /**
                 * Encodes the specified MsgSlashingResourceNode message. Does not implicitly {@link stratos.pot.v1.MsgSlashingResourceNode.verify|verify} messages.
                 * @param message MsgSlashingResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgSlashingResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSlashingResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgSlashingResourceNode & stratos.pot.v1.MsgSlashingResourceNode.$Shape} MsgSlashingResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgSlashingResourceNode & stratos.pot.v1.MsgSlashingResourceNode.$Shape;

                /**
                 * Verifies a MsgSlashingResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgSlashingResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSlashingResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgSlashingResourceNode;

                /**
                 * Creates a plain object from a MsgSlashingResourceNode message. Also converts values to other types if specified.
                 * @param message MsgSlashingResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgSlashingResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSlashingResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSlashingResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSlashingResourceNode {

                /** Properties of a MsgSlashingResourceNode. */
                interface $Properties {

                    /** MsgSlashingResourceNode reporters */
                    reporters?: (string[]|null);

                    /** MsgSlashingResourceNode reporterOwner */
                    reporterOwner?: (string[]|null);

                    /** MsgSlashingResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** MsgSlashingResourceNode walletAddress */
                    walletAddress?: (string|null);

                    /** MsgSlashingResourceNode slashing */
                    slashing?: (string|null);

                    /** MsgSlashingResourceNode suspend */
                    suspend?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSlashingResourceNode. */
                type $Shape = stratos.pot.v1.MsgSlashingResourceNode.$Properties;
            }

            /**
             * Properties of a MsgSlashingResourceNodeResponse.
             * @deprecated Use stratos.pot.v1.MsgSlashingResourceNodeResponse.$Properties instead.
             */
            interface IMsgSlashingResourceNodeResponse extends stratos.pot.v1.MsgSlashingResourceNodeResponse.$Properties {
            }

            /** Represents a MsgSlashingResourceNodeResponse. */
            class MsgSlashingResourceNodeResponse {

                /**
                 * Constructs a new MsgSlashingResourceNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgSlashingResourceNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgSlashingResourceNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSlashingResourceNodeResponse instance
                 */
                static create(properties: stratos.pot.v1.MsgSlashingResourceNodeResponse.$Shape): stratos.pot.v1.MsgSlashingResourceNodeResponse & stratos.pot.v1.MsgSlashingResourceNodeResponse.$Shape;
                static create(properties?: stratos.pot.v1.MsgSlashingResourceNodeResponse.$Properties): stratos.pot.v1.MsgSlashingResourceNodeResponse;

                /**
                 * Encodes the specified MsgSlashingResourceNodeResponse message. Does not implicitly {@link stratos.pot.v1.MsgSlashingResourceNodeResponse.verify|verify} messages.
                 * @param message MsgSlashingResourceNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgSlashingResourceNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSlashingResourceNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgSlashingResourceNodeResponse & stratos.pot.v1.MsgSlashingResourceNodeResponse.$Shape} MsgSlashingResourceNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgSlashingResourceNodeResponse & stratos.pot.v1.MsgSlashingResourceNodeResponse.$Shape;

                /**
                 * Verifies a MsgSlashingResourceNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgSlashingResourceNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgSlashingResourceNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgSlashingResourceNodeResponse;

                /**
                 * Creates a plain object from a MsgSlashingResourceNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgSlashingResourceNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgSlashingResourceNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgSlashingResourceNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgSlashingResourceNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgSlashingResourceNodeResponse {

                /** Properties of a MsgSlashingResourceNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgSlashingResourceNodeResponse. */
                type $Shape = stratos.pot.v1.MsgSlashingResourceNodeResponse.$Properties;
            }

            /**
             * Properties of a BLSSignatureInfo.
             * @deprecated Use stratos.pot.v1.BLSSignatureInfo.$Properties instead.
             */
            interface IBLSSignatureInfo extends stratos.pot.v1.BLSSignatureInfo.$Properties {
            }

            /** Represents a BLSSignatureInfo. */
            class BLSSignatureInfo {

                /**
                 * Constructs a new BLSSignatureInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.BLSSignatureInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BLSSignatureInfo pubKeys. */
                pubKeys: Uint8Array[];

                /** BLSSignatureInfo signature. */
                signature: Uint8Array;

                /** BLSSignatureInfo txData. */
                txData: Uint8Array;

                /**
                 * Creates a new BLSSignatureInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BLSSignatureInfo instance
                 */
                static create(properties: stratos.pot.v1.BLSSignatureInfo.$Shape): stratos.pot.v1.BLSSignatureInfo & stratos.pot.v1.BLSSignatureInfo.$Shape;
                static create(properties?: stratos.pot.v1.BLSSignatureInfo.$Properties): stratos.pot.v1.BLSSignatureInfo;

                /**
                 * Encodes the specified BLSSignatureInfo message. Does not implicitly {@link stratos.pot.v1.BLSSignatureInfo.verify|verify} messages.
                 * @param message BLSSignatureInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.BLSSignatureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BLSSignatureInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.BLSSignatureInfo & stratos.pot.v1.BLSSignatureInfo.$Shape} BLSSignatureInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.BLSSignatureInfo & stratos.pot.v1.BLSSignatureInfo.$Shape;

                /**
                 * Verifies a BLSSignatureInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BLSSignatureInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BLSSignatureInfo
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.BLSSignatureInfo;

                /**
                 * Creates a plain object from a BLSSignatureInfo message. Also converts values to other types if specified.
                 * @param message BLSSignatureInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.BLSSignatureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BLSSignatureInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BLSSignatureInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BLSSignatureInfo {

                /** Properties of a BLSSignatureInfo. */
                interface $Properties {

                    /** BLSSignatureInfo pubKeys */
                    pubKeys?: (Uint8Array[]|null);

                    /** BLSSignatureInfo signature */
                    signature?: (Uint8Array|null);

                    /** BLSSignatureInfo txData */
                    txData?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BLSSignatureInfo. */
                type $Shape = stratos.pot.v1.BLSSignatureInfo.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use stratos.pot.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends stratos.pot.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (stratos.pot.v1.Params.$Properties|null);

                /**
                 * Creates a new MsgUpdateParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParams instance
                 */
                static create(properties: stratos.pot.v1.MsgUpdateParams.$Shape): stratos.pot.v1.MsgUpdateParams & stratos.pot.v1.MsgUpdateParams.$Shape;
                static create(properties?: stratos.pot.v1.MsgUpdateParams.$Properties): stratos.pot.v1.MsgUpdateParams;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link stratos.pot.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgUpdateParams & stratos.pot.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgUpdateParams & stratos.pot.v1.MsgUpdateParams.$Shape;

                /**
                 * Verifies a MsgUpdateParams message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (stratos.pot.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = stratos.pot.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use stratos.pot.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends stratos.pot.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.pot.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParamsResponse instance
                 */
                static create(properties: stratos.pot.v1.MsgUpdateParamsResponse.$Shape): stratos.pot.v1.MsgUpdateParamsResponse & stratos.pot.v1.MsgUpdateParamsResponse.$Shape;
                static create(properties?: stratos.pot.v1.MsgUpdateParamsResponse.$Properties): stratos.pot.v1.MsgUpdateParamsResponse;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link stratos.pot.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.pot.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.pot.v1.MsgUpdateParamsResponse & stratos.pot.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.pot.v1.MsgUpdateParamsResponse & stratos.pot.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Verifies a MsgUpdateParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.pot.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.pot.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = stratos.pot.v1.MsgUpdateParamsResponse.$Properties;
            }
        }
    }

    /** Namespace register. */
    namespace register {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EventCreateResourceNode.
             * @deprecated Use stratos.register.v1.EventCreateResourceNode.$Properties instead.
             */
            interface IEventCreateResourceNode extends stratos.register.v1.EventCreateResourceNode.$Properties {
            }

            /** Represents an EventCreateResourceNode. */
            class EventCreateResourceNode {

                /**
                 * Constructs a new EventCreateResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventCreateResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventCreateResourceNode sender. */
                sender: string;

                /** EventCreateResourceNode networkAddress. */
                networkAddress: string;

                /** EventCreateResourceNode pubkey. */
                pubkey: string;

                /** EventCreateResourceNode ozoneLimitChanges. */
                ozoneLimitChanges: string;

                /** EventCreateResourceNode initialDeposit. */
                initialDeposit: string;

                /**
                 * Creates a new EventCreateResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventCreateResourceNode instance
                 */
                static create(properties: stratos.register.v1.EventCreateResourceNode.$Shape): stratos.register.v1.EventCreateResourceNode & stratos.register.v1.EventCreateResourceNode.$Shape;
                static create(properties?: stratos.register.v1.EventCreateResourceNode.$Properties): stratos.register.v1.EventCreateResourceNode;

                /**
                 * Encodes the specified EventCreateResourceNode message. Does not implicitly {@link stratos.register.v1.EventCreateResourceNode.verify|verify} messages.
                 * @param message EventCreateResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventCreateResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventCreateResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventCreateResourceNode & stratos.register.v1.EventCreateResourceNode.$Shape} EventCreateResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventCreateResourceNode & stratos.register.v1.EventCreateResourceNode.$Shape;

                /**
                 * Verifies an EventCreateResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventCreateResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventCreateResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventCreateResourceNode;

                /**
                 * Creates a plain object from an EventCreateResourceNode message. Also converts values to other types if specified.
                 * @param message EventCreateResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventCreateResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventCreateResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventCreateResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventCreateResourceNode {

                /** Properties of an EventCreateResourceNode. */
                interface $Properties {

                    /** EventCreateResourceNode sender */
                    sender?: (string|null);

                    /** EventCreateResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** EventCreateResourceNode pubkey */
                    pubkey?: (string|null);

                    /** EventCreateResourceNode ozoneLimitChanges */
                    ozoneLimitChanges?: (string|null);

                    /** EventCreateResourceNode initialDeposit */
                    initialDeposit?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventCreateResourceNode. */
                type $Shape = stratos.register.v1.EventCreateResourceNode.$Properties;
            }

            /**
             * Properties of an EventCreateMetaNode.
             * @deprecated Use stratos.register.v1.EventCreateMetaNode.$Properties instead.
             */
            interface IEventCreateMetaNode extends stratos.register.v1.EventCreateMetaNode.$Properties {
            }

            /** Represents an EventCreateMetaNode. */
            class EventCreateMetaNode {

                /**
                 * Constructs a new EventCreateMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventCreateMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventCreateMetaNode sender. */
                sender: string;

                /** EventCreateMetaNode networkAddress. */
                networkAddress: string;

                /**
                 * Creates a new EventCreateMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventCreateMetaNode instance
                 */
                static create(properties: stratos.register.v1.EventCreateMetaNode.$Shape): stratos.register.v1.EventCreateMetaNode & stratos.register.v1.EventCreateMetaNode.$Shape;
                static create(properties?: stratos.register.v1.EventCreateMetaNode.$Properties): stratos.register.v1.EventCreateMetaNode;

                /**
                 * Encodes the specified EventCreateMetaNode message. Does not implicitly {@link stratos.register.v1.EventCreateMetaNode.verify|verify} messages.
                 * @param message EventCreateMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventCreateMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventCreateMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventCreateMetaNode & stratos.register.v1.EventCreateMetaNode.$Shape} EventCreateMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventCreateMetaNode & stratos.register.v1.EventCreateMetaNode.$Shape;

                /**
                 * Verifies an EventCreateMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventCreateMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventCreateMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventCreateMetaNode;

                /**
                 * Creates a plain object from an EventCreateMetaNode message. Also converts values to other types if specified.
                 * @param message EventCreateMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventCreateMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventCreateMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventCreateMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventCreateMetaNode {

                /** Properties of an EventCreateMetaNode. */
                interface $Properties {

                    /** EventCreateMetaNode sender */
                    sender?: (string|null);

                    /** EventCreateMetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventCreateMetaNode. */
                type $Shape = stratos.register.v1.EventCreateMetaNode.$Properties;
            }

            /**
             * Properties of an EventUnBondingResourceNode.
             * @deprecated Use stratos.register.v1.EventUnBondingResourceNode.$Properties instead.
             */
            interface IEventUnBondingResourceNode extends stratos.register.v1.EventUnBondingResourceNode.$Properties {
            }

            /** Represents an EventUnBondingResourceNode. */
            class EventUnBondingResourceNode {

                /**
                 * Constructs a new EventUnBondingResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUnBondingResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUnBondingResourceNode sender. */
                sender: string;

                /** EventUnBondingResourceNode resourceNode. */
                resourceNode: string;

                /** EventUnBondingResourceNode depositToRemove. */
                depositToRemove: string;

                /** EventUnBondingResourceNode unbondingMatureTime. */
                unbondingMatureTime: string;

                /**
                 * Creates a new EventUnBondingResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUnBondingResourceNode instance
                 */
                static create(properties: stratos.register.v1.EventUnBondingResourceNode.$Shape): stratos.register.v1.EventUnBondingResourceNode & stratos.register.v1.EventUnBondingResourceNode.$Shape;
                static create(properties?: stratos.register.v1.EventUnBondingResourceNode.$Properties): stratos.register.v1.EventUnBondingResourceNode;

                /**
                 * Encodes the specified EventUnBondingResourceNode message. Does not implicitly {@link stratos.register.v1.EventUnBondingResourceNode.verify|verify} messages.
                 * @param message EventUnBondingResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUnBondingResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUnBondingResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUnBondingResourceNode & stratos.register.v1.EventUnBondingResourceNode.$Shape} EventUnBondingResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUnBondingResourceNode & stratos.register.v1.EventUnBondingResourceNode.$Shape;

                /**
                 * Verifies an EventUnBondingResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUnBondingResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUnBondingResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUnBondingResourceNode;

                /**
                 * Creates a plain object from an EventUnBondingResourceNode message. Also converts values to other types if specified.
                 * @param message EventUnBondingResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUnBondingResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUnBondingResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUnBondingResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUnBondingResourceNode {

                /** Properties of an EventUnBondingResourceNode. */
                interface $Properties {

                    /** EventUnBondingResourceNode sender */
                    sender?: (string|null);

                    /** EventUnBondingResourceNode resourceNode */
                    resourceNode?: (string|null);

                    /** EventUnBondingResourceNode depositToRemove */
                    depositToRemove?: (string|null);

                    /** EventUnBondingResourceNode unbondingMatureTime */
                    unbondingMatureTime?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUnBondingResourceNode. */
                type $Shape = stratos.register.v1.EventUnBondingResourceNode.$Properties;
            }

            /**
             * Properties of an EventUnBondingMetaNode.
             * @deprecated Use stratos.register.v1.EventUnBondingMetaNode.$Properties instead.
             */
            interface IEventUnBondingMetaNode extends stratos.register.v1.EventUnBondingMetaNode.$Properties {
            }

            /** Represents an EventUnBondingMetaNode. */
            class EventUnBondingMetaNode {

                /**
                 * Constructs a new EventUnBondingMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUnBondingMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUnBondingMetaNode sender. */
                sender: string;

                /** EventUnBondingMetaNode metaNode. */
                metaNode: string;

                /** EventUnBondingMetaNode ozoneLimitChanges. */
                ozoneLimitChanges: string;

                /** EventUnBondingMetaNode depositToRemove. */
                depositToRemove: string;

                /** EventUnBondingMetaNode unbondingMatureTime. */
                unbondingMatureTime: string;

                /**
                 * Creates a new EventUnBondingMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUnBondingMetaNode instance
                 */
                static create(properties: stratos.register.v1.EventUnBondingMetaNode.$Shape): stratos.register.v1.EventUnBondingMetaNode & stratos.register.v1.EventUnBondingMetaNode.$Shape;
                static create(properties?: stratos.register.v1.EventUnBondingMetaNode.$Properties): stratos.register.v1.EventUnBondingMetaNode;

                /**
                 * Encodes the specified EventUnBondingMetaNode message. Does not implicitly {@link stratos.register.v1.EventUnBondingMetaNode.verify|verify} messages.
                 * @param message EventUnBondingMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUnBondingMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUnBondingMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUnBondingMetaNode & stratos.register.v1.EventUnBondingMetaNode.$Shape} EventUnBondingMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUnBondingMetaNode & stratos.register.v1.EventUnBondingMetaNode.$Shape;

                /**
                 * Verifies an EventUnBondingMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUnBondingMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUnBondingMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUnBondingMetaNode;

                /**
                 * Creates a plain object from an EventUnBondingMetaNode message. Also converts values to other types if specified.
                 * @param message EventUnBondingMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUnBondingMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUnBondingMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUnBondingMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUnBondingMetaNode {

                /** Properties of an EventUnBondingMetaNode. */
                interface $Properties {

                    /** EventUnBondingMetaNode sender */
                    sender?: (string|null);

                    /** EventUnBondingMetaNode metaNode */
                    metaNode?: (string|null);

                    /** EventUnBondingMetaNode ozoneLimitChanges */
                    ozoneLimitChanges?: (string|null);

                    /** EventUnBondingMetaNode depositToRemove */
                    depositToRemove?: (string|null);

                    /** EventUnBondingMetaNode unbondingMatureTime */
                    unbondingMatureTime?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUnBondingMetaNode. */
                type $Shape = stratos.register.v1.EventUnBondingMetaNode.$Properties;
            }

            /**
             * Properties of an EventMetaNodeRegistrationVote.
             * @deprecated Use stratos.register.v1.EventMetaNodeRegistrationVote.$Properties instead.
             */
            interface IEventMetaNodeRegistrationVote extends stratos.register.v1.EventMetaNodeRegistrationVote.$Properties {
            }

            /** Represents an EventMetaNodeRegistrationVote. */
            class EventMetaNodeRegistrationVote {

                /**
                 * Constructs a new EventMetaNodeRegistrationVote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventMetaNodeRegistrationVote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventMetaNodeRegistrationVote sender. */
                sender: string;

                /** EventMetaNodeRegistrationVote voterNetworkAddress. */
                voterNetworkAddress: string;

                /** EventMetaNodeRegistrationVote candidateNetworkAddress. */
                candidateNetworkAddress: string;

                /** EventMetaNodeRegistrationVote candidateStatus. */
                candidateStatus: string;

                /** EventMetaNodeRegistrationVote ozoneLimitChanges. */
                ozoneLimitChanges: string;

                /**
                 * Creates a new EventMetaNodeRegistrationVote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventMetaNodeRegistrationVote instance
                 */
                static create(properties: stratos.register.v1.EventMetaNodeRegistrationVote.$Shape): stratos.register.v1.EventMetaNodeRegistrationVote & stratos.register.v1.EventMetaNodeRegistrationVote.$Shape;
                static create(properties?: stratos.register.v1.EventMetaNodeRegistrationVote.$Properties): stratos.register.v1.EventMetaNodeRegistrationVote;

                /**
                 * Encodes the specified EventMetaNodeRegistrationVote message. Does not implicitly {@link stratos.register.v1.EventMetaNodeRegistrationVote.verify|verify} messages.
                 * @param message EventMetaNodeRegistrationVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventMetaNodeRegistrationVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventMetaNodeRegistrationVote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventMetaNodeRegistrationVote & stratos.register.v1.EventMetaNodeRegistrationVote.$Shape} EventMetaNodeRegistrationVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventMetaNodeRegistrationVote & stratos.register.v1.EventMetaNodeRegistrationVote.$Shape;

                /**
                 * Verifies an EventMetaNodeRegistrationVote message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventMetaNodeRegistrationVote message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventMetaNodeRegistrationVote
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventMetaNodeRegistrationVote;

                /**
                 * Creates a plain object from an EventMetaNodeRegistrationVote message. Also converts values to other types if specified.
                 * @param message EventMetaNodeRegistrationVote
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventMetaNodeRegistrationVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventMetaNodeRegistrationVote to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventMetaNodeRegistrationVote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventMetaNodeRegistrationVote {

                /** Properties of an EventMetaNodeRegistrationVote. */
                interface $Properties {

                    /** EventMetaNodeRegistrationVote sender */
                    sender?: (string|null);

                    /** EventMetaNodeRegistrationVote voterNetworkAddress */
                    voterNetworkAddress?: (string|null);

                    /** EventMetaNodeRegistrationVote candidateNetworkAddress */
                    candidateNetworkAddress?: (string|null);

                    /** EventMetaNodeRegistrationVote candidateStatus */
                    candidateStatus?: (string|null);

                    /** EventMetaNodeRegistrationVote ozoneLimitChanges */
                    ozoneLimitChanges?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventMetaNodeRegistrationVote. */
                type $Shape = stratos.register.v1.EventMetaNodeRegistrationVote.$Properties;
            }

            /**
             * Properties of an EventKickMetaNodeVote.
             * @deprecated Use stratos.register.v1.EventKickMetaNodeVote.$Properties instead.
             */
            interface IEventKickMetaNodeVote extends stratos.register.v1.EventKickMetaNodeVote.$Properties {
            }

            /** Represents an EventKickMetaNodeVote. */
            class EventKickMetaNodeVote {

                /**
                 * Constructs a new EventKickMetaNodeVote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventKickMetaNodeVote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventKickMetaNodeVote sender. */
                sender: string;

                /** EventKickMetaNodeVote voterNetworkAddress. */
                voterNetworkAddress: string;

                /** EventKickMetaNodeVote targetNetworkAddress. */
                targetNetworkAddress: string;

                /** EventKickMetaNodeVote targetStatus. */
                targetStatus: string;

                /**
                 * Creates a new EventKickMetaNodeVote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventKickMetaNodeVote instance
                 */
                static create(properties: stratos.register.v1.EventKickMetaNodeVote.$Shape): stratos.register.v1.EventKickMetaNodeVote & stratos.register.v1.EventKickMetaNodeVote.$Shape;
                static create(properties?: stratos.register.v1.EventKickMetaNodeVote.$Properties): stratos.register.v1.EventKickMetaNodeVote;

                /**
                 * Encodes the specified EventKickMetaNodeVote message. Does not implicitly {@link stratos.register.v1.EventKickMetaNodeVote.verify|verify} messages.
                 * @param message EventKickMetaNodeVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventKickMetaNodeVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventKickMetaNodeVote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventKickMetaNodeVote & stratos.register.v1.EventKickMetaNodeVote.$Shape} EventKickMetaNodeVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventKickMetaNodeVote & stratos.register.v1.EventKickMetaNodeVote.$Shape;

                /**
                 * Verifies an EventKickMetaNodeVote message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventKickMetaNodeVote message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventKickMetaNodeVote
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventKickMetaNodeVote;

                /**
                 * Creates a plain object from an EventKickMetaNodeVote message. Also converts values to other types if specified.
                 * @param message EventKickMetaNodeVote
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventKickMetaNodeVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventKickMetaNodeVote to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventKickMetaNodeVote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventKickMetaNodeVote {

                /** Properties of an EventKickMetaNodeVote. */
                interface $Properties {

                    /** EventKickMetaNodeVote sender */
                    sender?: (string|null);

                    /** EventKickMetaNodeVote voterNetworkAddress */
                    voterNetworkAddress?: (string|null);

                    /** EventKickMetaNodeVote targetNetworkAddress */
                    targetNetworkAddress?: (string|null);

                    /** EventKickMetaNodeVote targetStatus */
                    targetStatus?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventKickMetaNodeVote. */
                type $Shape = stratos.register.v1.EventKickMetaNodeVote.$Properties;
            }

            /**
             * Properties of an EventUpdateResourceNode.
             * @deprecated Use stratos.register.v1.EventUpdateResourceNode.$Properties instead.
             */
            interface IEventUpdateResourceNode extends stratos.register.v1.EventUpdateResourceNode.$Properties {
            }

            /** Represents an EventUpdateResourceNode. */
            class EventUpdateResourceNode {

                /**
                 * Constructs a new EventUpdateResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUpdateResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUpdateResourceNode sender. */
                sender: string;

                /** EventUpdateResourceNode networkAddress. */
                networkAddress: string;

                /** EventUpdateResourceNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /**
                 * Creates a new EventUpdateResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUpdateResourceNode instance
                 */
                static create(properties: stratos.register.v1.EventUpdateResourceNode.$Shape): stratos.register.v1.EventUpdateResourceNode & stratos.register.v1.EventUpdateResourceNode.$Shape;
                static create(properties?: stratos.register.v1.EventUpdateResourceNode.$Properties): stratos.register.v1.EventUpdateResourceNode;

                /**
                 * Encodes the specified EventUpdateResourceNode message. Does not implicitly {@link stratos.register.v1.EventUpdateResourceNode.verify|verify} messages.
                 * @param message EventUpdateResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUpdateResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUpdateResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUpdateResourceNode & stratos.register.v1.EventUpdateResourceNode.$Shape} EventUpdateResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUpdateResourceNode & stratos.register.v1.EventUpdateResourceNode.$Shape;

                /**
                 * Verifies an EventUpdateResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUpdateResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUpdateResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUpdateResourceNode;

                /**
                 * Creates a plain object from an EventUpdateResourceNode message. Also converts values to other types if specified.
                 * @param message EventUpdateResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUpdateResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUpdateResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUpdateResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUpdateResourceNode {

                /** Properties of an EventUpdateResourceNode. */
                interface $Properties {

                    /** EventUpdateResourceNode sender */
                    sender?: (string|null);

                    /** EventUpdateResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** EventUpdateResourceNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUpdateResourceNode. */
                type $Shape = stratos.register.v1.EventUpdateResourceNode.$Properties;
            }

            /**
             * Properties of an EventUpdateResourceNodeDeposit.
             * @deprecated Use stratos.register.v1.EventUpdateResourceNodeDeposit.$Properties instead.
             */
            interface IEventUpdateResourceNodeDeposit extends stratos.register.v1.EventUpdateResourceNodeDeposit.$Properties {
            }

            /** Represents an EventUpdateResourceNodeDeposit. */
            class EventUpdateResourceNodeDeposit {

                /**
                 * Constructs a new EventUpdateResourceNodeDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUpdateResourceNodeDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUpdateResourceNodeDeposit sender. */
                sender: string;

                /** EventUpdateResourceNodeDeposit networkAddress. */
                networkAddress: string;

                /** EventUpdateResourceNodeDeposit depositDelta. */
                depositDelta: string;

                /** EventUpdateResourceNodeDeposit currentDeposit. */
                currentDeposit: string;

                /** EventUpdateResourceNodeDeposit availableTokenBefore. */
                availableTokenBefore: string;

                /** EventUpdateResourceNodeDeposit availableTokenAfter. */
                availableTokenAfter: string;

                /** EventUpdateResourceNodeDeposit ozoneLimitChanges. */
                ozoneLimitChanges: string;

                /** EventUpdateResourceNodeDeposit unbondingMatureTime. */
                unbondingMatureTime: string;

                /**
                 * Creates a new EventUpdateResourceNodeDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUpdateResourceNodeDeposit instance
                 */
                static create(properties: stratos.register.v1.EventUpdateResourceNodeDeposit.$Shape): stratos.register.v1.EventUpdateResourceNodeDeposit & stratos.register.v1.EventUpdateResourceNodeDeposit.$Shape;
                static create(properties?: stratos.register.v1.EventUpdateResourceNodeDeposit.$Properties): stratos.register.v1.EventUpdateResourceNodeDeposit;

                /**
                 * Encodes the specified EventUpdateResourceNodeDeposit message. Does not implicitly {@link stratos.register.v1.EventUpdateResourceNodeDeposit.verify|verify} messages.
                 * @param message EventUpdateResourceNodeDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUpdateResourceNodeDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUpdateResourceNodeDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUpdateResourceNodeDeposit & stratos.register.v1.EventUpdateResourceNodeDeposit.$Shape} EventUpdateResourceNodeDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUpdateResourceNodeDeposit & stratos.register.v1.EventUpdateResourceNodeDeposit.$Shape;

                /**
                 * Verifies an EventUpdateResourceNodeDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUpdateResourceNodeDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUpdateResourceNodeDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUpdateResourceNodeDeposit;

                /**
                 * Creates a plain object from an EventUpdateResourceNodeDeposit message. Also converts values to other types if specified.
                 * @param message EventUpdateResourceNodeDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUpdateResourceNodeDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUpdateResourceNodeDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUpdateResourceNodeDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUpdateResourceNodeDeposit {

                /** Properties of an EventUpdateResourceNodeDeposit. */
                interface $Properties {

                    /** EventUpdateResourceNodeDeposit sender */
                    sender?: (string|null);

                    /** EventUpdateResourceNodeDeposit networkAddress */
                    networkAddress?: (string|null);

                    /** EventUpdateResourceNodeDeposit depositDelta */
                    depositDelta?: (string|null);

                    /** EventUpdateResourceNodeDeposit currentDeposit */
                    currentDeposit?: (string|null);

                    /** EventUpdateResourceNodeDeposit availableTokenBefore */
                    availableTokenBefore?: (string|null);

                    /** EventUpdateResourceNodeDeposit availableTokenAfter */
                    availableTokenAfter?: (string|null);

                    /** EventUpdateResourceNodeDeposit ozoneLimitChanges */
                    ozoneLimitChanges?: (string|null);

                    /** EventUpdateResourceNodeDeposit unbondingMatureTime */
                    unbondingMatureTime?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUpdateResourceNodeDeposit. */
                type $Shape = stratos.register.v1.EventUpdateResourceNodeDeposit.$Properties;
            }

            /**
             * Properties of an EventUpdateEffectiveDeposit.
             * @deprecated Use stratos.register.v1.EventUpdateEffectiveDeposit.$Properties instead.
             */
            interface IEventUpdateEffectiveDeposit extends stratos.register.v1.EventUpdateEffectiveDeposit.$Properties {
            }

            /** Represents an EventUpdateEffectiveDeposit. */
            class EventUpdateEffectiveDeposit {

                /**
                 * Constructs a new EventUpdateEffectiveDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUpdateEffectiveDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUpdateEffectiveDeposit networkAddress. */
                networkAddress: string;

                /** EventUpdateEffectiveDeposit effectiveDepositAfter. */
                effectiveDepositAfter: string;

                /** EventUpdateEffectiveDeposit isUnsuspended. */
                isUnsuspended: string;

                /**
                 * Creates a new EventUpdateEffectiveDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUpdateEffectiveDeposit instance
                 */
                static create(properties: stratos.register.v1.EventUpdateEffectiveDeposit.$Shape): stratos.register.v1.EventUpdateEffectiveDeposit & stratos.register.v1.EventUpdateEffectiveDeposit.$Shape;
                static create(properties?: stratos.register.v1.EventUpdateEffectiveDeposit.$Properties): stratos.register.v1.EventUpdateEffectiveDeposit;

                /**
                 * Encodes the specified EventUpdateEffectiveDeposit message. Does not implicitly {@link stratos.register.v1.EventUpdateEffectiveDeposit.verify|verify} messages.
                 * @param message EventUpdateEffectiveDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUpdateEffectiveDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUpdateEffectiveDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUpdateEffectiveDeposit & stratos.register.v1.EventUpdateEffectiveDeposit.$Shape} EventUpdateEffectiveDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUpdateEffectiveDeposit & stratos.register.v1.EventUpdateEffectiveDeposit.$Shape;

                /**
                 * Verifies an EventUpdateEffectiveDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUpdateEffectiveDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUpdateEffectiveDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUpdateEffectiveDeposit;

                /**
                 * Creates a plain object from an EventUpdateEffectiveDeposit message. Also converts values to other types if specified.
                 * @param message EventUpdateEffectiveDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUpdateEffectiveDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUpdateEffectiveDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUpdateEffectiveDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUpdateEffectiveDeposit {

                /** Properties of an EventUpdateEffectiveDeposit. */
                interface $Properties {

                    /** EventUpdateEffectiveDeposit networkAddress */
                    networkAddress?: (string|null);

                    /** EventUpdateEffectiveDeposit effectiveDepositAfter */
                    effectiveDepositAfter?: (string|null);

                    /** EventUpdateEffectiveDeposit isUnsuspended */
                    isUnsuspended?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUpdateEffectiveDeposit. */
                type $Shape = stratos.register.v1.EventUpdateEffectiveDeposit.$Properties;
            }

            /**
             * Properties of an EventUpdateMetaNode.
             * @deprecated Use stratos.register.v1.EventUpdateMetaNode.$Properties instead.
             */
            interface IEventUpdateMetaNode extends stratos.register.v1.EventUpdateMetaNode.$Properties {
            }

            /** Represents an EventUpdateMetaNode. */
            class EventUpdateMetaNode {

                /**
                 * Constructs a new EventUpdateMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUpdateMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUpdateMetaNode sender. */
                sender: string;

                /** EventUpdateMetaNode networkAddress. */
                networkAddress: string;

                /**
                 * Creates a new EventUpdateMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUpdateMetaNode instance
                 */
                static create(properties: stratos.register.v1.EventUpdateMetaNode.$Shape): stratos.register.v1.EventUpdateMetaNode & stratos.register.v1.EventUpdateMetaNode.$Shape;
                static create(properties?: stratos.register.v1.EventUpdateMetaNode.$Properties): stratos.register.v1.EventUpdateMetaNode;

                /**
                 * Encodes the specified EventUpdateMetaNode message. Does not implicitly {@link stratos.register.v1.EventUpdateMetaNode.verify|verify} messages.
                 * @param message EventUpdateMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUpdateMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUpdateMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUpdateMetaNode & stratos.register.v1.EventUpdateMetaNode.$Shape} EventUpdateMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUpdateMetaNode & stratos.register.v1.EventUpdateMetaNode.$Shape;

                /**
                 * Verifies an EventUpdateMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUpdateMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUpdateMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUpdateMetaNode;

                /**
                 * Creates a plain object from an EventUpdateMetaNode message. Also converts values to other types if specified.
                 * @param message EventUpdateMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUpdateMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUpdateMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUpdateMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUpdateMetaNode {

                /** Properties of an EventUpdateMetaNode. */
                interface $Properties {

                    /** EventUpdateMetaNode sender */
                    sender?: (string|null);

                    /** EventUpdateMetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUpdateMetaNode. */
                type $Shape = stratos.register.v1.EventUpdateMetaNode.$Properties;
            }

            /**
             * Properties of an EventUpdateMetaNodeDeposit.
             * @deprecated Use stratos.register.v1.EventUpdateMetaNodeDeposit.$Properties instead.
             */
            interface IEventUpdateMetaNodeDeposit extends stratos.register.v1.EventUpdateMetaNodeDeposit.$Properties {
            }

            /** Represents an EventUpdateMetaNodeDeposit. */
            class EventUpdateMetaNodeDeposit {

                /**
                 * Constructs a new EventUpdateMetaNodeDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventUpdateMetaNodeDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventUpdateMetaNodeDeposit sender. */
                sender: string;

                /** EventUpdateMetaNodeDeposit networkAddress. */
                networkAddress: string;

                /** EventUpdateMetaNodeDeposit depositDelta. */
                depositDelta: string;

                /** EventUpdateMetaNodeDeposit currentDeposit. */
                currentDeposit: string;

                /** EventUpdateMetaNodeDeposit availableTokenBefore. */
                availableTokenBefore: string;

                /** EventUpdateMetaNodeDeposit availableTokenAfter. */
                availableTokenAfter: string;

                /** EventUpdateMetaNodeDeposit ozoneLimitChanges. */
                ozoneLimitChanges: string;

                /** EventUpdateMetaNodeDeposit unbondingMatureTime. */
                unbondingMatureTime: string;

                /**
                 * Creates a new EventUpdateMetaNodeDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventUpdateMetaNodeDeposit instance
                 */
                static create(properties: stratos.register.v1.EventUpdateMetaNodeDeposit.$Shape): stratos.register.v1.EventUpdateMetaNodeDeposit & stratos.register.v1.EventUpdateMetaNodeDeposit.$Shape;
                static create(properties?: stratos.register.v1.EventUpdateMetaNodeDeposit.$Properties): stratos.register.v1.EventUpdateMetaNodeDeposit;

                /**
                 * Encodes the specified EventUpdateMetaNodeDeposit message. Does not implicitly {@link stratos.register.v1.EventUpdateMetaNodeDeposit.verify|verify} messages.
                 * @param message EventUpdateMetaNodeDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventUpdateMetaNodeDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventUpdateMetaNodeDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventUpdateMetaNodeDeposit & stratos.register.v1.EventUpdateMetaNodeDeposit.$Shape} EventUpdateMetaNodeDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventUpdateMetaNodeDeposit & stratos.register.v1.EventUpdateMetaNodeDeposit.$Shape;

                /**
                 * Verifies an EventUpdateMetaNodeDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventUpdateMetaNodeDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventUpdateMetaNodeDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventUpdateMetaNodeDeposit;

                /**
                 * Creates a plain object from an EventUpdateMetaNodeDeposit message. Also converts values to other types if specified.
                 * @param message EventUpdateMetaNodeDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventUpdateMetaNodeDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventUpdateMetaNodeDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventUpdateMetaNodeDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventUpdateMetaNodeDeposit {

                /** Properties of an EventUpdateMetaNodeDeposit. */
                interface $Properties {

                    /** EventUpdateMetaNodeDeposit sender */
                    sender?: (string|null);

                    /** EventUpdateMetaNodeDeposit networkAddress */
                    networkAddress?: (string|null);

                    /** EventUpdateMetaNodeDeposit depositDelta */
                    depositDelta?: (string|null);

                    /** EventUpdateMetaNodeDeposit currentDeposit */
                    currentDeposit?: (string|null);

                    /** EventUpdateMetaNodeDeposit availableTokenBefore */
                    availableTokenBefore?: (string|null);

                    /** EventUpdateMetaNodeDeposit availableTokenAfter */
                    availableTokenAfter?: (string|null);

                    /** EventUpdateMetaNodeDeposit ozoneLimitChanges */
                    ozoneLimitChanges?: (string|null);

                    /** EventUpdateMetaNodeDeposit unbondingMatureTime */
                    unbondingMatureTime?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventUpdateMetaNodeDeposit. */
                type $Shape = stratos.register.v1.EventUpdateMetaNodeDeposit.$Properties;
            }

            /**
             * Properties of an EventCompleteUnBondingResourceNode.
             * @deprecated Use stratos.register.v1.EventCompleteUnBondingResourceNode.$Properties instead.
             */
            interface IEventCompleteUnBondingResourceNode extends stratos.register.v1.EventCompleteUnBondingResourceNode.$Properties {
            }

            /** Represents an EventCompleteUnBondingResourceNode. */
            class EventCompleteUnBondingResourceNode {

                /**
                 * Constructs a new EventCompleteUnBondingResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventCompleteUnBondingResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventCompleteUnBondingResourceNode amount. */
                amount: string;

                /** EventCompleteUnBondingResourceNode networkAddress. */
                networkAddress: string;

                /**
                 * Creates a new EventCompleteUnBondingResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventCompleteUnBondingResourceNode instance
                 */
                static create(properties: stratos.register.v1.EventCompleteUnBondingResourceNode.$Shape): stratos.register.v1.EventCompleteUnBondingResourceNode & stratos.register.v1.EventCompleteUnBondingResourceNode.$Shape;
                static create(properties?: stratos.register.v1.EventCompleteUnBondingResourceNode.$Properties): stratos.register.v1.EventCompleteUnBondingResourceNode;

                /**
                 * Encodes the specified EventCompleteUnBondingResourceNode message. Does not implicitly {@link stratos.register.v1.EventCompleteUnBondingResourceNode.verify|verify} messages.
                 * @param message EventCompleteUnBondingResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventCompleteUnBondingResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventCompleteUnBondingResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventCompleteUnBondingResourceNode & stratos.register.v1.EventCompleteUnBondingResourceNode.$Shape} EventCompleteUnBondingResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventCompleteUnBondingResourceNode & stratos.register.v1.EventCompleteUnBondingResourceNode.$Shape;

                /**
                 * Verifies an EventCompleteUnBondingResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventCompleteUnBondingResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventCompleteUnBondingResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventCompleteUnBondingResourceNode;

                /**
                 * Creates a plain object from an EventCompleteUnBondingResourceNode message. Also converts values to other types if specified.
                 * @param message EventCompleteUnBondingResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventCompleteUnBondingResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventCompleteUnBondingResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventCompleteUnBondingResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventCompleteUnBondingResourceNode {

                /** Properties of an EventCompleteUnBondingResourceNode. */
                interface $Properties {

                    /** EventCompleteUnBondingResourceNode amount */
                    amount?: (string|null);

                    /** EventCompleteUnBondingResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventCompleteUnBondingResourceNode. */
                type $Shape = stratos.register.v1.EventCompleteUnBondingResourceNode.$Properties;
            }

            /**
             * Properties of an EventCompleteUnBondingMetaNode.
             * @deprecated Use stratos.register.v1.EventCompleteUnBondingMetaNode.$Properties instead.
             */
            interface IEventCompleteUnBondingMetaNode extends stratos.register.v1.EventCompleteUnBondingMetaNode.$Properties {
            }

            /** Represents an EventCompleteUnBondingMetaNode. */
            class EventCompleteUnBondingMetaNode {

                /**
                 * Constructs a new EventCompleteUnBondingMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.EventCompleteUnBondingMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventCompleteUnBondingMetaNode amount. */
                amount: string;

                /** EventCompleteUnBondingMetaNode networkAddress. */
                networkAddress: string;

                /**
                 * Creates a new EventCompleteUnBondingMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventCompleteUnBondingMetaNode instance
                 */
                static create(properties: stratos.register.v1.EventCompleteUnBondingMetaNode.$Shape): stratos.register.v1.EventCompleteUnBondingMetaNode & stratos.register.v1.EventCompleteUnBondingMetaNode.$Shape;
                static create(properties?: stratos.register.v1.EventCompleteUnBondingMetaNode.$Properties): stratos.register.v1.EventCompleteUnBondingMetaNode;

                /**
                 * Encodes the specified EventCompleteUnBondingMetaNode message. Does not implicitly {@link stratos.register.v1.EventCompleteUnBondingMetaNode.verify|verify} messages.
                 * @param message EventCompleteUnBondingMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.EventCompleteUnBondingMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventCompleteUnBondingMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.EventCompleteUnBondingMetaNode & stratos.register.v1.EventCompleteUnBondingMetaNode.$Shape} EventCompleteUnBondingMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.EventCompleteUnBondingMetaNode & stratos.register.v1.EventCompleteUnBondingMetaNode.$Shape;

                /**
                 * Verifies an EventCompleteUnBondingMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventCompleteUnBondingMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventCompleteUnBondingMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.EventCompleteUnBondingMetaNode;

                /**
                 * Creates a plain object from an EventCompleteUnBondingMetaNode message. Also converts values to other types if specified.
                 * @param message EventCompleteUnBondingMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.EventCompleteUnBondingMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventCompleteUnBondingMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventCompleteUnBondingMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventCompleteUnBondingMetaNode {

                /** Properties of an EventCompleteUnBondingMetaNode. */
                interface $Properties {

                    /** EventCompleteUnBondingMetaNode amount */
                    amount?: (string|null);

                    /** EventCompleteUnBondingMetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventCompleteUnBondingMetaNode. */
                type $Shape = stratos.register.v1.EventCompleteUnBondingMetaNode.$Properties;
            }

            /**
             * Properties of a GenesisState.
             * @deprecated Use stratos.register.v1.GenesisState.$Properties instead.
             */
            interface IGenesisState extends stratos.register.v1.GenesisState.$Properties {
            }

            /** Represents a GenesisState. */
            class GenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.GenesisState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisState params. */
                params?: (stratos.register.v1.Params.$Properties|null);

                /** GenesisState resourceNodes. */
                resourceNodes: stratos.register.v1.ResourceNode.$Properties[];

                /** GenesisState metaNodes. */
                metaNodes: stratos.register.v1.MetaNode.$Properties[];

                /** GenesisState remainingNozLimit. */
                remainingNozLimit: string;

                /** GenesisState slashing. */
                slashing: stratos.register.v1.Slashing.$Properties[];

                /** GenesisState depositNozRate. */
                depositNozRate: string;

                /** GenesisState metaNodeRegVotePool. */
                metaNodeRegVotePool: stratos.register.v1.MetaNodeRegistrationVotePool.$Properties[];

                /** GenesisState unbondingNodes. */
                unbondingNodes: stratos.register.v1.UnbondingNode.$Properties[];

                /** GenesisState kickMetaNodeVotePool. */
                kickMetaNodeVotePool: stratos.register.v1.KickMetaNodeVotePool.$Properties[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                static create(properties: stratos.register.v1.GenesisState.$Shape): stratos.register.v1.GenesisState & stratos.register.v1.GenesisState.$Shape;
                static create(properties?: stratos.register.v1.GenesisState.$Properties): stratos.register.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link stratos.register.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.GenesisState & stratos.register.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.GenesisState & stratos.register.v1.GenesisState.$Shape;

                /**
                 * Verifies a GenesisState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisState
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.GenesisState;

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @param message GenesisState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {

                /** Properties of a GenesisState. */
                interface $Properties {

                    /** GenesisState params */
                    params?: (stratos.register.v1.Params.$Properties|null);

                    /** GenesisState resourceNodes */
                    resourceNodes?: (stratos.register.v1.ResourceNode.$Properties[]|null);

                    /** GenesisState metaNodes */
                    metaNodes?: (stratos.register.v1.MetaNode.$Properties[]|null);

                    /** GenesisState remainingNozLimit */
                    remainingNozLimit?: (string|null);

                    /** GenesisState slashing */
                    slashing?: (stratos.register.v1.Slashing.$Properties[]|null);

                    /** GenesisState depositNozRate */
                    depositNozRate?: (string|null);

                    /** GenesisState metaNodeRegVotePool */
                    metaNodeRegVotePool?: (stratos.register.v1.MetaNodeRegistrationVotePool.$Properties[]|null);

                    /** GenesisState unbondingNodes */
                    unbondingNodes?: (stratos.register.v1.UnbondingNode.$Properties[]|null);

                    /** GenesisState kickMetaNodeVotePool */
                    kickMetaNodeVotePool?: (stratos.register.v1.KickMetaNodeVotePool.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisState. */
                type $Shape = stratos.register.v1.GenesisState.$Properties;
            }

            /**
             * Properties of a GenesisMetaNode.
             * @deprecated Use stratos.register.v1.GenesisMetaNode.$Properties instead.
             */
            interface IGenesisMetaNode extends stratos.register.v1.GenesisMetaNode.$Properties {
            }

            /** Represents a GenesisMetaNode. */
            class GenesisMetaNode {

                /**
                 * Constructs a new GenesisMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.GenesisMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisMetaNode networkAddress. */
                networkAddress: string;

                /** GenesisMetaNode pubkey. */
                pubkey?: (google.protobuf.Any.$Properties|null);

                /** GenesisMetaNode suspend. */
                suspend: boolean;

                /** GenesisMetaNode status. */
                status: cosmos.staking.v1beta1.BondStatus;

                /** GenesisMetaNode tokens. */
                tokens?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** GenesisMetaNode ownerAddress. */
                ownerAddress: string;

                /** GenesisMetaNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /** GenesisMetaNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /**
                 * Creates a new GenesisMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisMetaNode instance
                 */
                static create(properties: stratos.register.v1.GenesisMetaNode.$Shape): stratos.register.v1.GenesisMetaNode & stratos.register.v1.GenesisMetaNode.$Shape;
                static create(properties?: stratos.register.v1.GenesisMetaNode.$Properties): stratos.register.v1.GenesisMetaNode;

                /**
                 * Encodes the specified GenesisMetaNode message. Does not implicitly {@link stratos.register.v1.GenesisMetaNode.verify|verify} messages.
                 * @param message GenesisMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.GenesisMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.GenesisMetaNode & stratos.register.v1.GenesisMetaNode.$Shape} GenesisMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.GenesisMetaNode & stratos.register.v1.GenesisMetaNode.$Shape;

                /**
                 * Verifies a GenesisMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.GenesisMetaNode;

                /**
                 * Creates a plain object from a GenesisMetaNode message. Also converts values to other types if specified.
                 * @param message GenesisMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.GenesisMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisMetaNode {

                /** Properties of a GenesisMetaNode. */
                interface $Properties {

                    /** GenesisMetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** GenesisMetaNode pubkey */
                    pubkey?: (google.protobuf.Any.$Properties|null);

                    /** GenesisMetaNode suspend */
                    suspend?: (boolean|null);

                    /** GenesisMetaNode status */
                    status?: (cosmos.staking.v1beta1.BondStatus|null);

                    /** GenesisMetaNode tokens */
                    tokens?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** GenesisMetaNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** GenesisMetaNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** GenesisMetaNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisMetaNode. */
                type $Shape = stratos.register.v1.GenesisMetaNode.$Properties;
            }

            /**
             * Properties of a Slashing.
             * @deprecated Use stratos.register.v1.Slashing.$Properties instead.
             */
            interface ISlashing extends stratos.register.v1.Slashing.$Properties {
            }

            /** Represents a Slashing. */
            class Slashing {

                /**
                 * Constructs a new Slashing.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.Slashing.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Slashing walletAddress. */
                walletAddress: string;

                /** Slashing value. */
                value: Long;

                /**
                 * Creates a new Slashing instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Slashing instance
                 */
                static create(properties: stratos.register.v1.Slashing.$Shape): stratos.register.v1.Slashing & stratos.register.v1.Slashing.$Shape;
                static create(properties?: stratos.register.v1.Slashing.$Properties): stratos.register.v1.Slashing;

                /**
                 * Encodes the specified Slashing message. Does not implicitly {@link stratos.register.v1.Slashing.verify|verify} messages.
                 * @param message Slashing message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.Slashing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Slashing message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.Slashing & stratos.register.v1.Slashing.$Shape} Slashing
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.Slashing & stratos.register.v1.Slashing.$Shape;

                /**
                 * Verifies a Slashing message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Slashing message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Slashing
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.Slashing;

                /**
                 * Creates a plain object from a Slashing message. Also converts values to other types if specified.
                 * @param message Slashing
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.Slashing, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Slashing to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Slashing
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Slashing {

                /** Properties of a Slashing. */
                interface $Properties {

                    /** Slashing walletAddress */
                    walletAddress?: (string|null);

                    /** Slashing value */
                    value?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Slashing. */
                type $Shape = stratos.register.v1.Slashing.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use stratos.register.v1.Params.$Properties instead.
             */
            interface IParams extends stratos.register.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params bondDenom. */
                bondDenom: string;

                /** Params unbondingThreasholdTime. */
                unbondingThreasholdTime?: (google.protobuf.Duration.$Properties|null);

                /** Params unbondingCompletionTime. */
                unbondingCompletionTime?: (google.protobuf.Duration.$Properties|null);

                /** Params maxEntries. */
                maxEntries: number;

                /** Params resourceNodeRegEnabled. */
                resourceNodeRegEnabled: boolean;

                /** Params resourceNodeMinDeposit. */
                resourceNodeMinDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** Params votingPeriod. */
                votingPeriod?: (google.protobuf.Duration.$Properties|null);

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                static create(properties: stratos.register.v1.Params.$Shape): stratos.register.v1.Params & stratos.register.v1.Params.$Shape;
                static create(properties?: stratos.register.v1.Params.$Properties): stratos.register.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link stratos.register.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.Params & stratos.register.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.Params & stratos.register.v1.Params.$Shape;

                /**
                 * Verifies a Params message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params bondDenom */
                    bondDenom?: (string|null);

                    /** Params unbondingThreasholdTime */
                    unbondingThreasholdTime?: (google.protobuf.Duration.$Properties|null);

                    /** Params unbondingCompletionTime */
                    unbondingCompletionTime?: (google.protobuf.Duration.$Properties|null);

                    /** Params maxEntries */
                    maxEntries?: (number|null);

                    /** Params resourceNodeRegEnabled */
                    resourceNodeRegEnabled?: (boolean|null);

                    /** Params resourceNodeMinDeposit */
                    resourceNodeMinDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Params votingPeriod */
                    votingPeriod?: (google.protobuf.Duration.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = stratos.register.v1.Params.$Properties;
            }

            /**
             * Properties of a ResourceNode.
             * @deprecated Use stratos.register.v1.ResourceNode.$Properties instead.
             */
            interface IResourceNode extends stratos.register.v1.ResourceNode.$Properties {
            }

            /** Represents a ResourceNode. */
            class ResourceNode {

                /**
                 * Constructs a new ResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.ResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResourceNode networkAddress. */
                networkAddress: string;

                /** ResourceNode pubkey. */
                pubkey?: (google.protobuf.Any.$Properties|null);

                /** ResourceNode suspend. */
                suspend: boolean;

                /** ResourceNode status. */
                status: cosmos.staking.v1beta1.BondStatus;

                /** ResourceNode tokens. */
                tokens: string;

                /** ResourceNode ownerAddress. */
                ownerAddress: string;

                /** ResourceNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** ResourceNode creationTime. */
                creationTime?: (google.protobuf.Timestamp.$Properties|null);

                /** ResourceNode nodeType. */
                nodeType: number;

                /** ResourceNode effectiveTokens. */
                effectiveTokens: string;

                /** ResourceNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /**
                 * Creates a new ResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResourceNode instance
                 */
                static create(properties: stratos.register.v1.ResourceNode.$Shape): stratos.register.v1.ResourceNode & stratos.register.v1.ResourceNode.$Shape;
                static create(properties?: stratos.register.v1.ResourceNode.$Properties): stratos.register.v1.ResourceNode;

                /**
                 * Encodes the specified ResourceNode message. Does not implicitly {@link stratos.register.v1.ResourceNode.verify|verify} messages.
                 * @param message ResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.ResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.ResourceNode & stratos.register.v1.ResourceNode.$Shape} ResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.ResourceNode & stratos.register.v1.ResourceNode.$Shape;

                /**
                 * Verifies a ResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.ResourceNode;

                /**
                 * Creates a plain object from a ResourceNode message. Also converts values to other types if specified.
                 * @param message ResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.ResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResourceNode {

                /** Properties of a ResourceNode. */
                interface $Properties {

                    /** ResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** ResourceNode pubkey */
                    pubkey?: (google.protobuf.Any.$Properties|null);

                    /** ResourceNode suspend */
                    suspend?: (boolean|null);

                    /** ResourceNode status */
                    status?: (cosmos.staking.v1beta1.BondStatus|null);

                    /** ResourceNode tokens */
                    tokens?: (string|null);

                    /** ResourceNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** ResourceNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** ResourceNode creationTime */
                    creationTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** ResourceNode nodeType */
                    nodeType?: (number|null);

                    /** ResourceNode effectiveTokens */
                    effectiveTokens?: (string|null);

                    /** ResourceNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResourceNode. */
                type $Shape = stratos.register.v1.ResourceNode.$Properties;
            }

            /**
             * Properties of a MetaNode.
             * @deprecated Use stratos.register.v1.MetaNode.$Properties instead.
             */
            interface IMetaNode extends stratos.register.v1.MetaNode.$Properties {
            }

            /** Represents a MetaNode. */
            class MetaNode {

                /**
                 * Constructs a new MetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MetaNode networkAddress. */
                networkAddress: string;

                /** MetaNode pubkey. */
                pubkey?: (google.protobuf.Any.$Properties|null);

                /** MetaNode suspend. */
                suspend: boolean;

                /** MetaNode status. */
                status: cosmos.staking.v1beta1.BondStatus;

                /** MetaNode tokens. */
                tokens: string;

                /** MetaNode ownerAddress. */
                ownerAddress: string;

                /** MetaNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** MetaNode creationTime. */
                creationTime?: (google.protobuf.Timestamp.$Properties|null);

                /** MetaNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /** MetaNode blsPubKey. */
                blsPubKey: Uint8Array;

                /**
                 * Creates a new MetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MetaNode instance
                 */
                static create(properties: stratos.register.v1.MetaNode.$Shape): stratos.register.v1.MetaNode & stratos.register.v1.MetaNode.$Shape;
                static create(properties?: stratos.register.v1.MetaNode.$Properties): stratos.register.v1.MetaNode;

                /**
                 * Encodes the specified MetaNode message. Does not implicitly {@link stratos.register.v1.MetaNode.verify|verify} messages.
                 * @param message MetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MetaNode & stratos.register.v1.MetaNode.$Shape} MetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MetaNode & stratos.register.v1.MetaNode.$Shape;

                /**
                 * Verifies a MetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MetaNode;

                /**
                 * Creates a plain object from a MetaNode message. Also converts values to other types if specified.
                 * @param message MetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MetaNode {

                /** Properties of a MetaNode. */
                interface $Properties {

                    /** MetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** MetaNode pubkey */
                    pubkey?: (google.protobuf.Any.$Properties|null);

                    /** MetaNode suspend */
                    suspend?: (boolean|null);

                    /** MetaNode status */
                    status?: (cosmos.staking.v1beta1.BondStatus|null);

                    /** MetaNode tokens */
                    tokens?: (string|null);

                    /** MetaNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** MetaNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** MetaNode creationTime */
                    creationTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** MetaNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** MetaNode blsPubKey */
                    blsPubKey?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MetaNode. */
                type $Shape = stratos.register.v1.MetaNode.$Properties;
            }

            /**
             * Properties of a MetaNodeRegistrationVotePool.
             * @deprecated Use stratos.register.v1.MetaNodeRegistrationVotePool.$Properties instead.
             */
            interface IMetaNodeRegistrationVotePool extends stratos.register.v1.MetaNodeRegistrationVotePool.$Properties {
            }

            /** Represents a MetaNodeRegistrationVotePool. */
            class MetaNodeRegistrationVotePool {

                /**
                 * Constructs a new MetaNodeRegistrationVotePool.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MetaNodeRegistrationVotePool.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MetaNodeRegistrationVotePool networkAddress. */
                networkAddress: string;

                /** MetaNodeRegistrationVotePool approveList. */
                approveList: string[];

                /** MetaNodeRegistrationVotePool rejectList. */
                rejectList: string[];

                /** MetaNodeRegistrationVotePool expireTime. */
                expireTime?: (google.protobuf.Timestamp.$Properties|null);

                /** MetaNodeRegistrationVotePool isVotePassed. */
                isVotePassed: boolean;

                /**
                 * Creates a new MetaNodeRegistrationVotePool instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MetaNodeRegistrationVotePool instance
                 */
                static create(properties: stratos.register.v1.MetaNodeRegistrationVotePool.$Shape): stratos.register.v1.MetaNodeRegistrationVotePool & stratos.register.v1.MetaNodeRegistrationVotePool.$Shape;
                static create(properties?: stratos.register.v1.MetaNodeRegistrationVotePool.$Properties): stratos.register.v1.MetaNodeRegistrationVotePool;

                /**
                 * Encodes the specified MetaNodeRegistrationVotePool message. Does not implicitly {@link stratos.register.v1.MetaNodeRegistrationVotePool.verify|verify} messages.
                 * @param message MetaNodeRegistrationVotePool message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MetaNodeRegistrationVotePool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MetaNodeRegistrationVotePool message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MetaNodeRegistrationVotePool & stratos.register.v1.MetaNodeRegistrationVotePool.$Shape} MetaNodeRegistrationVotePool
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MetaNodeRegistrationVotePool & stratos.register.v1.MetaNodeRegistrationVotePool.$Shape;

                /**
                 * Verifies a MetaNodeRegistrationVotePool message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MetaNodeRegistrationVotePool message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MetaNodeRegistrationVotePool
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MetaNodeRegistrationVotePool;

                /**
                 * Creates a plain object from a MetaNodeRegistrationVotePool message. Also converts values to other types if specified.
                 * @param message MetaNodeRegistrationVotePool
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MetaNodeRegistrationVotePool, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MetaNodeRegistrationVotePool to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MetaNodeRegistrationVotePool
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MetaNodeRegistrationVotePool {

                /** Properties of a MetaNodeRegistrationVotePool. */
                interface $Properties {

                    /** MetaNodeRegistrationVotePool networkAddress */
                    networkAddress?: (string|null);

                    /** MetaNodeRegistrationVotePool approveList */
                    approveList?: (string[]|null);

                    /** MetaNodeRegistrationVotePool rejectList */
                    rejectList?: (string[]|null);

                    /** MetaNodeRegistrationVotePool expireTime */
                    expireTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** MetaNodeRegistrationVotePool isVotePassed */
                    isVotePassed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MetaNodeRegistrationVotePool. */
                type $Shape = stratos.register.v1.MetaNodeRegistrationVotePool.$Properties;
            }

            /**
             * Properties of a KickMetaNodeVotePool.
             * @deprecated Use stratos.register.v1.KickMetaNodeVotePool.$Properties instead.
             */
            interface IKickMetaNodeVotePool extends stratos.register.v1.KickMetaNodeVotePool.$Properties {
            }

            /** Represents a KickMetaNodeVotePool. */
            class KickMetaNodeVotePool {

                /**
                 * Constructs a new KickMetaNodeVotePool.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.KickMetaNodeVotePool.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** KickMetaNodeVotePool targetNetworkAddress. */
                targetNetworkAddress: string;

                /** KickMetaNodeVotePool approveList. */
                approveList: string[];

                /** KickMetaNodeVotePool rejectList. */
                rejectList: string[];

                /** KickMetaNodeVotePool expireTime. */
                expireTime?: (google.protobuf.Timestamp.$Properties|null);

                /** KickMetaNodeVotePool isVotePassed. */
                isVotePassed: boolean;

                /**
                 * Creates a new KickMetaNodeVotePool instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KickMetaNodeVotePool instance
                 */
                static create(properties: stratos.register.v1.KickMetaNodeVotePool.$Shape): stratos.register.v1.KickMetaNodeVotePool & stratos.register.v1.KickMetaNodeVotePool.$Shape;
                static create(properties?: stratos.register.v1.KickMetaNodeVotePool.$Properties): stratos.register.v1.KickMetaNodeVotePool;

                /**
                 * Encodes the specified KickMetaNodeVotePool message. Does not implicitly {@link stratos.register.v1.KickMetaNodeVotePool.verify|verify} messages.
                 * @param message KickMetaNodeVotePool message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.KickMetaNodeVotePool.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KickMetaNodeVotePool message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.KickMetaNodeVotePool & stratos.register.v1.KickMetaNodeVotePool.$Shape} KickMetaNodeVotePool
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.KickMetaNodeVotePool & stratos.register.v1.KickMetaNodeVotePool.$Shape;

                /**
                 * Verifies a KickMetaNodeVotePool message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a KickMetaNodeVotePool message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns KickMetaNodeVotePool
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.KickMetaNodeVotePool;

                /**
                 * Creates a plain object from a KickMetaNodeVotePool message. Also converts values to other types if specified.
                 * @param message KickMetaNodeVotePool
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.KickMetaNodeVotePool, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this KickMetaNodeVotePool to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for KickMetaNodeVotePool
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace KickMetaNodeVotePool {

                /** Properties of a KickMetaNodeVotePool. */
                interface $Properties {

                    /** KickMetaNodeVotePool targetNetworkAddress */
                    targetNetworkAddress?: (string|null);

                    /** KickMetaNodeVotePool approveList */
                    approveList?: (string[]|null);

                    /** KickMetaNodeVotePool rejectList */
                    rejectList?: (string[]|null);

                    /** KickMetaNodeVotePool expireTime */
                    expireTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** KickMetaNodeVotePool isVotePassed */
                    isVotePassed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KickMetaNodeVotePool. */
                type $Shape = stratos.register.v1.KickMetaNodeVotePool.$Properties;
            }

            /**
             * Properties of a Description.
             * @deprecated Use stratos.register.v1.Description.$Properties instead.
             */
            interface IDescription extends stratos.register.v1.Description.$Properties {
            }

            /** Represents a Description. */
            class Description {

                /**
                 * Constructs a new Description.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.Description.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Description moniker. */
                moniker: string;

                /** Description identity. */
                identity: string;

                /** Description website. */
                website: string;

                /** Description securityContact. */
                securityContact: string;

                /** Description details. */
                details: string;

                /**
                 * Creates a new Description instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Description instance
                 */
                static create(properties: stratos.register.v1.Description.$Shape): stratos.register.v1.Description & stratos.register.v1.Description.$Shape;
                static create(properties?: stratos.register.v1.Description.$Properties): stratos.register.v1.Description;

                /**
                 * Encodes the specified Description message. Does not implicitly {@link stratos.register.v1.Description.verify|verify} messages.
                 * @param message Description message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.Description.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Description message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.Description & stratos.register.v1.Description.$Shape} Description
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.Description & stratos.register.v1.Description.$Shape;

                /**
                 * Verifies a Description message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Description message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Description
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.Description;

                /**
                 * Creates a plain object from a Description message. Also converts values to other types if specified.
                 * @param message Description
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.Description, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Description to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Description
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Description {

                /** Properties of a Description. */
                interface $Properties {

                    /** Description moniker */
                    moniker?: (string|null);

                    /** Description identity */
                    identity?: (string|null);

                    /** Description website */
                    website?: (string|null);

                    /** Description securityContact */
                    securityContact?: (string|null);

                    /** Description details */
                    details?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Description. */
                type $Shape = stratos.register.v1.Description.$Properties;
            }

            /**
             * Properties of an UnbondingNode.
             * @deprecated Use stratos.register.v1.UnbondingNode.$Properties instead.
             */
            interface IUnbondingNode extends stratos.register.v1.UnbondingNode.$Properties {
            }

            /** Represents an UnbondingNode. */
            class UnbondingNode {

                /**
                 * Constructs a new UnbondingNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.UnbondingNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UnbondingNode networkAddr. */
                networkAddr: string;

                /** UnbondingNode isMetaNode. */
                isMetaNode: boolean;

                /** UnbondingNode entries. */
                entries: stratos.register.v1.UnbondingNodeEntry.$Properties[];

                /**
                 * Creates a new UnbondingNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnbondingNode instance
                 */
                static create(properties: stratos.register.v1.UnbondingNode.$Shape): stratos.register.v1.UnbondingNode & stratos.register.v1.UnbondingNode.$Shape;
                static create(properties?: stratos.register.v1.UnbondingNode.$Properties): stratos.register.v1.UnbondingNode;

                /**
                 * Encodes the specified UnbondingNode message. Does not implicitly {@link stratos.register.v1.UnbondingNode.verify|verify} messages.
                 * @param message UnbondingNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.UnbondingNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnbondingNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.UnbondingNode & stratos.register.v1.UnbondingNode.$Shape} UnbondingNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.UnbondingNode & stratos.register.v1.UnbondingNode.$Shape;

                /**
                 * Verifies an UnbondingNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UnbondingNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UnbondingNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.UnbondingNode;

                /**
                 * Creates a plain object from an UnbondingNode message. Also converts values to other types if specified.
                 * @param message UnbondingNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.UnbondingNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UnbondingNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UnbondingNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UnbondingNode {

                /** Properties of an UnbondingNode. */
                interface $Properties {

                    /** UnbondingNode networkAddr */
                    networkAddr?: (string|null);

                    /** UnbondingNode isMetaNode */
                    isMetaNode?: (boolean|null);

                    /** UnbondingNode entries */
                    entries?: (stratos.register.v1.UnbondingNodeEntry.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnbondingNode. */
                type $Shape = stratos.register.v1.UnbondingNode.$Properties;
            }

            /**
             * Properties of an UnbondingNodeEntry.
             * @deprecated Use stratos.register.v1.UnbondingNodeEntry.$Properties instead.
             */
            interface IUnbondingNodeEntry extends stratos.register.v1.UnbondingNodeEntry.$Properties {
            }

            /** Represents an UnbondingNodeEntry. */
            class UnbondingNodeEntry {

                /**
                 * Constructs a new UnbondingNodeEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.UnbondingNodeEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UnbondingNodeEntry creationHeight. */
                creationHeight: Long;

                /** UnbondingNodeEntry completionTime. */
                completionTime?: (google.protobuf.Timestamp.$Properties|null);

                /** UnbondingNodeEntry initialBalance. */
                initialBalance: string;

                /** UnbondingNodeEntry balance. */
                balance: string;

                /**
                 * Creates a new UnbondingNodeEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnbondingNodeEntry instance
                 */
                static create(properties: stratos.register.v1.UnbondingNodeEntry.$Shape): stratos.register.v1.UnbondingNodeEntry & stratos.register.v1.UnbondingNodeEntry.$Shape;
                static create(properties?: stratos.register.v1.UnbondingNodeEntry.$Properties): stratos.register.v1.UnbondingNodeEntry;

                /**
                 * Encodes the specified UnbondingNodeEntry message. Does not implicitly {@link stratos.register.v1.UnbondingNodeEntry.verify|verify} messages.
                 * @param message UnbondingNodeEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.UnbondingNodeEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnbondingNodeEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.UnbondingNodeEntry & stratos.register.v1.UnbondingNodeEntry.$Shape} UnbondingNodeEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.UnbondingNodeEntry & stratos.register.v1.UnbondingNodeEntry.$Shape;

                /**
                 * Verifies an UnbondingNodeEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UnbondingNodeEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UnbondingNodeEntry
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.UnbondingNodeEntry;

                /**
                 * Creates a plain object from an UnbondingNodeEntry message. Also converts values to other types if specified.
                 * @param message UnbondingNodeEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.UnbondingNodeEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UnbondingNodeEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UnbondingNodeEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UnbondingNodeEntry {

                /** Properties of an UnbondingNodeEntry. */
                interface $Properties {

                    /** UnbondingNodeEntry creationHeight */
                    creationHeight?: (Long|null);

                    /** UnbondingNodeEntry completionTime */
                    completionTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** UnbondingNodeEntry initialBalance */
                    initialBalance?: (string|null);

                    /** UnbondingNodeEntry balance */
                    balance?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnbondingNodeEntry. */
                type $Shape = stratos.register.v1.UnbondingNodeEntry.$Properties;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /** Calls ResourceNode. */
                resourceNode: stratos.register.v1.Query.ResourceNode;

                /** Calls MetaNode. */
                metaNode: stratos.register.v1.Query.MetaNode;

                /** Calls Params. */
                params: stratos.register.v1.Query.Params;

                /** Calls DepositByNode. */
                depositByNode: stratos.register.v1.Query.DepositByNode;

                /** Calls DepositByOwner. */
                depositByOwner: stratos.register.v1.Query.DepositByOwner;

                /** Calls DepositTotal. */
                depositTotal: stratos.register.v1.Query.DepositTotal;

                /** Calls BondedResourceNodeCount. */
                bondedResourceNodeCount: stratos.register.v1.Query.BondedResourceNodeCount;

                /** Calls BondedMetaNodeCount. */
                bondedMetaNodeCount: stratos.register.v1.Query.BondedMetaNodeCount;

                /** Calls RemainingOzoneLimit. */
                remainingOzoneLimit: stratos.register.v1.Query.RemainingOzoneLimit;
            }

            namespace Query {

                /**
                 * Callback as used by {@link stratos.register.v1.Query#resourceNode}.
                 * @param error Error, if any
                 * @param [response] QueryResourceNodeResponse
                 */
                type ResourceNodeCallback = (error: (Error|null), response?: stratos.register.v1.QueryResourceNodeResponse) => void;

                /** Calls ResourceNode. */
                type ResourceNode = {
                  (request: stratos.register.v1.IQueryResourceNodeRequest, callback: stratos.register.v1.Query.ResourceNodeCallback): void;
                  (request: stratos.register.v1.IQueryResourceNodeRequest): Promise<stratos.register.v1.QueryResourceNodeResponse>;
                  readonly name: "ResourceNode";
                  readonly path: "/stratos.register.v1.Query/ResourceNode";
                  readonly requestType: "QueryResourceNodeRequest";
                  readonly responseType: "QueryResourceNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#metaNode}.
                 * @param error Error, if any
                 * @param [response] QueryMetaNodeResponse
                 */
                type MetaNodeCallback = (error: (Error|null), response?: stratos.register.v1.QueryMetaNodeResponse) => void;

                /** Calls MetaNode. */
                type MetaNode = {
                  (request: stratos.register.v1.IQueryMetaNodeRequest, callback: stratos.register.v1.Query.MetaNodeCallback): void;
                  (request: stratos.register.v1.IQueryMetaNodeRequest): Promise<stratos.register.v1.QueryMetaNodeResponse>;
                  readonly name: "MetaNode";
                  readonly path: "/stratos.register.v1.Query/MetaNode";
                  readonly requestType: "QueryMetaNodeRequest";
                  readonly responseType: "QueryMetaNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: stratos.register.v1.QueryParamsResponse) => void;

                /** Calls Params. */
                type Params = {
                  (request: stratos.register.v1.IQueryParamsRequest, callback: stratos.register.v1.Query.ParamsCallback): void;
                  (request: stratos.register.v1.IQueryParamsRequest): Promise<stratos.register.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/stratos.register.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#depositByNode}.
                 * @param error Error, if any
                 * @param [response] QueryDepositByNodeResponse
                 */
                type DepositByNodeCallback = (error: (Error|null), response?: stratos.register.v1.QueryDepositByNodeResponse) => void;

                /** Calls DepositByNode. */
                type DepositByNode = {
                  (request: stratos.register.v1.IQueryDepositByNodeRequest, callback: stratos.register.v1.Query.DepositByNodeCallback): void;
                  (request: stratos.register.v1.IQueryDepositByNodeRequest): Promise<stratos.register.v1.QueryDepositByNodeResponse>;
                  readonly name: "DepositByNode";
                  readonly path: "/stratos.register.v1.Query/DepositByNode";
                  readonly requestType: "QueryDepositByNodeRequest";
                  readonly responseType: "QueryDepositByNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#depositByOwner}.
                 * @param error Error, if any
                 * @param [response] QueryDepositByOwnerResponse
                 */
                type DepositByOwnerCallback = (error: (Error|null), response?: stratos.register.v1.QueryDepositByOwnerResponse) => void;

                /** Calls DepositByOwner. */
                type DepositByOwner = {
                  (request: stratos.register.v1.IQueryDepositByOwnerRequest, callback: stratos.register.v1.Query.DepositByOwnerCallback): void;
                  (request: stratos.register.v1.IQueryDepositByOwnerRequest): Promise<stratos.register.v1.QueryDepositByOwnerResponse>;
                  readonly name: "DepositByOwner";
                  readonly path: "/stratos.register.v1.Query/DepositByOwner";
                  readonly requestType: "QueryDepositByOwnerRequest";
                  readonly responseType: "QueryDepositByOwnerResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#depositTotal}.
                 * @param error Error, if any
                 * @param [response] QueryDepositTotalResponse
                 */
                type DepositTotalCallback = (error: (Error|null), response?: stratos.register.v1.QueryDepositTotalResponse) => void;

                /** Calls DepositTotal. */
                type DepositTotal = {
                  (request: stratos.register.v1.IQueryDepositTotalRequest, callback: stratos.register.v1.Query.DepositTotalCallback): void;
                  (request: stratos.register.v1.IQueryDepositTotalRequest): Promise<stratos.register.v1.QueryDepositTotalResponse>;
                  readonly name: "DepositTotal";
                  readonly path: "/stratos.register.v1.Query/DepositTotal";
                  readonly requestType: "QueryDepositTotalRequest";
                  readonly responseType: "QueryDepositTotalResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#bondedResourceNodeCount}.
                 * @param error Error, if any
                 * @param [response] QueryBondedResourceNodeCountResponse
                 */
                type BondedResourceNodeCountCallback = (error: (Error|null), response?: stratos.register.v1.QueryBondedResourceNodeCountResponse) => void;

                /** Calls BondedResourceNodeCount. */
                type BondedResourceNodeCount = {
                  (request: stratos.register.v1.IQueryBondedResourceNodeCountRequest, callback: stratos.register.v1.Query.BondedResourceNodeCountCallback): void;
                  (request: stratos.register.v1.IQueryBondedResourceNodeCountRequest): Promise<stratos.register.v1.QueryBondedResourceNodeCountResponse>;
                  readonly name: "BondedResourceNodeCount";
                  readonly path: "/stratos.register.v1.Query/BondedResourceNodeCount";
                  readonly requestType: "QueryBondedResourceNodeCountRequest";
                  readonly responseType: "QueryBondedResourceNodeCountResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#bondedMetaNodeCount}.
                 * @param error Error, if any
                 * @param [response] QueryBondedMetaNodeCountResponse
                 */
                type BondedMetaNodeCountCallback = (error: (Error|null), response?: stratos.register.v1.QueryBondedMetaNodeCountResponse) => void;

                /** Calls BondedMetaNodeCount. */
                type BondedMetaNodeCount = {
                  (request: stratos.register.v1.IQueryBondedMetaNodeCountRequest, callback: stratos.register.v1.Query.BondedMetaNodeCountCallback): void;
                  (request: stratos.register.v1.IQueryBondedMetaNodeCountRequest): Promise<stratos.register.v1.QueryBondedMetaNodeCountResponse>;
                  readonly name: "BondedMetaNodeCount";
                  readonly path: "/stratos.register.v1.Query/BondedMetaNodeCount";
                  readonly requestType: "QueryBondedMetaNodeCountRequest";
                  readonly responseType: "QueryBondedMetaNodeCountResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Query#remainingOzoneLimit}.
                 * @param error Error, if any
                 * @param [response] QueryRemainingOzoneLimitResponse
                 */
                type RemainingOzoneLimitCallback = (error: (Error|null), response?: stratos.register.v1.QueryRemainingOzoneLimitResponse) => void;

                /** Calls RemainingOzoneLimit. */
                type RemainingOzoneLimit = {
                  (request: stratos.register.v1.IQueryRemainingOzoneLimitRequest, callback: stratos.register.v1.Query.RemainingOzoneLimitCallback): void;
                  (request: stratos.register.v1.IQueryRemainingOzoneLimitRequest): Promise<stratos.register.v1.QueryRemainingOzoneLimitResponse>;
                  readonly name: "RemainingOzoneLimit";
                  readonly path: "/stratos.register.v1.Query/RemainingOzoneLimit";
                  readonly requestType: "QueryRemainingOzoneLimitRequest";
                  readonly responseType: "QueryRemainingOzoneLimitResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a QueryResourceNodeRequest.
             * @deprecated Use stratos.register.v1.QueryResourceNodeRequest.$Properties instead.
             */
            interface IQueryResourceNodeRequest extends stratos.register.v1.QueryResourceNodeRequest.$Properties {
            }

            /** Represents a QueryResourceNodeRequest. */
            class QueryResourceNodeRequest {

                /**
                 * Constructs a new QueryResourceNodeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryResourceNodeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryResourceNodeRequest networkAddr. */
                networkAddr: string;

                /**
                 * Creates a new QueryResourceNodeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryResourceNodeRequest instance
                 */
                static create(properties: stratos.register.v1.QueryResourceNodeRequest.$Shape): stratos.register.v1.QueryResourceNodeRequest & stratos.register.v1.QueryResourceNodeRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryResourceNodeRequest.$Properties): stratos.register.v1.QueryResourceNodeRequest;

                /**
                 * Encodes the specified QueryResourceNodeRequest message. Does not implicitly {@link stratos.register.v1.QueryResourceNodeRequest.verify|verify} messages.
                 * @param message QueryResourceNodeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryResourceNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryResourceNodeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryResourceNodeRequest & stratos.register.v1.QueryResourceNodeRequest.$Shape} QueryResourceNodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryResourceNodeRequest & stratos.register.v1.QueryResourceNodeRequest.$Shape;

                /**
                 * Verifies a QueryResourceNodeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryResourceNodeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryResourceNodeRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryResourceNodeRequest;

                /**
                 * Creates a plain object from a QueryResourceNodeRequest message. Also converts values to other types if specified.
                 * @param message QueryResourceNodeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryResourceNodeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryResourceNodeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryResourceNodeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryResourceNodeRequest {

                /** Properties of a QueryResourceNodeRequest. */
                interface $Properties {

                    /** QueryResourceNodeRequest networkAddr */
                    networkAddr?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryResourceNodeRequest. */
                type $Shape = stratos.register.v1.QueryResourceNodeRequest.$Properties;
            }

            /**
             * Properties of a QueryResourceNodeResponse.
             * @deprecated Use stratos.register.v1.QueryResourceNodeResponse.$Properties instead.
             */
            interface IQueryResourceNodeResponse extends stratos.register.v1.QueryResourceNodeResponse.$Properties {
            }

            /** Represents a QueryResourceNodeResponse. */
            class QueryResourceNodeResponse {

                /**
                 * Constructs a new QueryResourceNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryResourceNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryResourceNodeResponse node. */
                node?: (stratos.register.v1.ResourceNode.$Properties|null);

                /**
                 * Creates a new QueryResourceNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryResourceNodeResponse instance
                 */
                static create(properties: stratos.register.v1.QueryResourceNodeResponse.$Shape): stratos.register.v1.QueryResourceNodeResponse & stratos.register.v1.QueryResourceNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryResourceNodeResponse.$Properties): stratos.register.v1.QueryResourceNodeResponse;

                /**
                 * Encodes the specified QueryResourceNodeResponse message. Does not implicitly {@link stratos.register.v1.QueryResourceNodeResponse.verify|verify} messages.
                 * @param message QueryResourceNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryResourceNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryResourceNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryResourceNodeResponse & stratos.register.v1.QueryResourceNodeResponse.$Shape} QueryResourceNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryResourceNodeResponse & stratos.register.v1.QueryResourceNodeResponse.$Shape;

                /**
                 * Verifies a QueryResourceNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryResourceNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryResourceNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryResourceNodeResponse;

                /**
                 * Creates a plain object from a QueryResourceNodeResponse message. Also converts values to other types if specified.
                 * @param message QueryResourceNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryResourceNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryResourceNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryResourceNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryResourceNodeResponse {

                /** Properties of a QueryResourceNodeResponse. */
                interface $Properties {

                    /** QueryResourceNodeResponse node */
                    node?: (stratos.register.v1.ResourceNode.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryResourceNodeResponse. */
                type $Shape = stratos.register.v1.QueryResourceNodeResponse.$Properties;
            }

            /**
             * Properties of a QueryMetaNodeRequest.
             * @deprecated Use stratos.register.v1.QueryMetaNodeRequest.$Properties instead.
             */
            interface IQueryMetaNodeRequest extends stratos.register.v1.QueryMetaNodeRequest.$Properties {
            }

            /** Represents a QueryMetaNodeRequest. */
            class QueryMetaNodeRequest {

                /**
                 * Constructs a new QueryMetaNodeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryMetaNodeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMetaNodeRequest networkAddr. */
                networkAddr: string;

                /**
                 * Creates a new QueryMetaNodeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMetaNodeRequest instance
                 */
                static create(properties: stratos.register.v1.QueryMetaNodeRequest.$Shape): stratos.register.v1.QueryMetaNodeRequest & stratos.register.v1.QueryMetaNodeRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryMetaNodeRequest.$Properties): stratos.register.v1.QueryMetaNodeRequest;

                /**
                 * Encodes the specified QueryMetaNodeRequest message. Does not implicitly {@link stratos.register.v1.QueryMetaNodeRequest.verify|verify} messages.
                 * @param message QueryMetaNodeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryMetaNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMetaNodeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryMetaNodeRequest & stratos.register.v1.QueryMetaNodeRequest.$Shape} QueryMetaNodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryMetaNodeRequest & stratos.register.v1.QueryMetaNodeRequest.$Shape;

                /**
                 * Verifies a QueryMetaNodeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryMetaNodeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMetaNodeRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryMetaNodeRequest;

                /**
                 * Creates a plain object from a QueryMetaNodeRequest message. Also converts values to other types if specified.
                 * @param message QueryMetaNodeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryMetaNodeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMetaNodeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMetaNodeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMetaNodeRequest {

                /** Properties of a QueryMetaNodeRequest. */
                interface $Properties {

                    /** QueryMetaNodeRequest networkAddr */
                    networkAddr?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMetaNodeRequest. */
                type $Shape = stratos.register.v1.QueryMetaNodeRequest.$Properties;
            }

            /**
             * Properties of a QueryMetaNodeResponse.
             * @deprecated Use stratos.register.v1.QueryMetaNodeResponse.$Properties instead.
             */
            interface IQueryMetaNodeResponse extends stratos.register.v1.QueryMetaNodeResponse.$Properties {
            }

            /** Represents a QueryMetaNodeResponse. */
            class QueryMetaNodeResponse {

                /**
                 * Constructs a new QueryMetaNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryMetaNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryMetaNodeResponse node. */
                node?: (stratos.register.v1.MetaNode.$Properties|null);

                /**
                 * Creates a new QueryMetaNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMetaNodeResponse instance
                 */
                static create(properties: stratos.register.v1.QueryMetaNodeResponse.$Shape): stratos.register.v1.QueryMetaNodeResponse & stratos.register.v1.QueryMetaNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryMetaNodeResponse.$Properties): stratos.register.v1.QueryMetaNodeResponse;

                /**
                 * Encodes the specified QueryMetaNodeResponse message. Does not implicitly {@link stratos.register.v1.QueryMetaNodeResponse.verify|verify} messages.
                 * @param message QueryMetaNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryMetaNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMetaNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryMetaNodeResponse & stratos.register.v1.QueryMetaNodeResponse.$Shape} QueryMetaNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryMetaNodeResponse & stratos.register.v1.QueryMetaNodeResponse.$Shape;

                /**
                 * Verifies a QueryMetaNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryMetaNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryMetaNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryMetaNodeResponse;

                /**
                 * Creates a plain object from a QueryMetaNodeResponse message. Also converts values to other types if specified.
                 * @param message QueryMetaNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryMetaNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryMetaNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryMetaNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryMetaNodeResponse {

                /** Properties of a QueryMetaNodeResponse. */
                interface $Properties {

                    /** QueryMetaNodeResponse node */
                    node?: (stratos.register.v1.MetaNode.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryMetaNodeResponse. */
                type $Shape = stratos.register.v1.QueryMetaNodeResponse.$Properties;
            }

            /**
             * Properties of a QueryDepositByNodeRequest.
             * @deprecated Use stratos.register.v1.QueryDepositByNodeRequest.$Properties instead.
             */
            interface IQueryDepositByNodeRequest extends stratos.register.v1.QueryDepositByNodeRequest.$Properties {
            }

            /** Represents a QueryDepositByNodeRequest. */
            class QueryDepositByNodeRequest {

                /**
                 * Constructs a new QueryDepositByNodeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryDepositByNodeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryDepositByNodeRequest networkAddr. */
                networkAddr: string;

                /** QueryDepositByNodeRequest queryType. */
                queryType: number;

                /**
                 * Creates a new QueryDepositByNodeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositByNodeRequest instance
                 */
                static create(properties: stratos.register.v1.QueryDepositByNodeRequest.$Shape): stratos.register.v1.QueryDepositByNodeRequest & stratos.register.v1.QueryDepositByNodeRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryDepositByNodeRequest.$Properties): stratos.register.v1.QueryDepositByNodeRequest;

                /**
                 * Encodes the specified QueryDepositByNodeRequest message. Does not implicitly {@link stratos.register.v1.QueryDepositByNodeRequest.verify|verify} messages.
                 * @param message QueryDepositByNodeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryDepositByNodeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositByNodeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryDepositByNodeRequest & stratos.register.v1.QueryDepositByNodeRequest.$Shape} QueryDepositByNodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryDepositByNodeRequest & stratos.register.v1.QueryDepositByNodeRequest.$Shape;

                /**
                 * Verifies a QueryDepositByNodeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryDepositByNodeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryDepositByNodeRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryDepositByNodeRequest;

                /**
                 * Creates a plain object from a QueryDepositByNodeRequest message. Also converts values to other types if specified.
                 * @param message QueryDepositByNodeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryDepositByNodeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDepositByNodeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryDepositByNodeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDepositByNodeRequest {

                /** Properties of a QueryDepositByNodeRequest. */
                interface $Properties {

                    /** QueryDepositByNodeRequest networkAddr */
                    networkAddr?: (string|null);

                    /** QueryDepositByNodeRequest queryType */
                    queryType?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryDepositByNodeRequest. */
                type $Shape = stratos.register.v1.QueryDepositByNodeRequest.$Properties;
            }

            /**
             * Properties of a QueryDepositByNodeResponse.
             * @deprecated Use stratos.register.v1.QueryDepositByNodeResponse.$Properties instead.
             */
            interface IQueryDepositByNodeResponse extends stratos.register.v1.QueryDepositByNodeResponse.$Properties {
            }

            /** Represents a QueryDepositByNodeResponse. */
            class QueryDepositByNodeResponse {

                /**
                 * Constructs a new QueryDepositByNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryDepositByNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryDepositByNodeResponse depositInfo. */
                depositInfo?: (stratos.register.v1.DepositInfo.$Properties|null);

                /**
                 * Creates a new QueryDepositByNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositByNodeResponse instance
                 */
                static create(properties: stratos.register.v1.QueryDepositByNodeResponse.$Shape): stratos.register.v1.QueryDepositByNodeResponse & stratos.register.v1.QueryDepositByNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryDepositByNodeResponse.$Properties): stratos.register.v1.QueryDepositByNodeResponse;

                /**
                 * Encodes the specified QueryDepositByNodeResponse message. Does not implicitly {@link stratos.register.v1.QueryDepositByNodeResponse.verify|verify} messages.
                 * @param message QueryDepositByNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryDepositByNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositByNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryDepositByNodeResponse & stratos.register.v1.QueryDepositByNodeResponse.$Shape} QueryDepositByNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryDepositByNodeResponse & stratos.register.v1.QueryDepositByNodeResponse.$Shape;

                /**
                 * Verifies a QueryDepositByNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryDepositByNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryDepositByNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryDepositByNodeResponse;

                /**
                 * Creates a plain object from a QueryDepositByNodeResponse message. Also converts values to other types if specified.
                 * @param message QueryDepositByNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryDepositByNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDepositByNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryDepositByNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDepositByNodeResponse {

                /** Properties of a QueryDepositByNodeResponse. */
                interface $Properties {

                    /** QueryDepositByNodeResponse depositInfo */
                    depositInfo?: (stratos.register.v1.DepositInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryDepositByNodeResponse. */
                type $Shape = stratos.register.v1.QueryDepositByNodeResponse.$Properties;
            }

            /**
             * Properties of a QueryDepositByOwnerRequest.
             * @deprecated Use stratos.register.v1.QueryDepositByOwnerRequest.$Properties instead.
             */
            interface IQueryDepositByOwnerRequest extends stratos.register.v1.QueryDepositByOwnerRequest.$Properties {
            }

            /** Represents a QueryDepositByOwnerRequest. */
            class QueryDepositByOwnerRequest {

                /**
                 * Constructs a new QueryDepositByOwnerRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryDepositByOwnerRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryDepositByOwnerRequest ownerAddr. */
                ownerAddr: string;

                /** QueryDepositByOwnerRequest pagination. */
                pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);

                /**
                 * Creates a new QueryDepositByOwnerRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositByOwnerRequest instance
                 */
                static create(properties: stratos.register.v1.QueryDepositByOwnerRequest.$Shape): stratos.register.v1.QueryDepositByOwnerRequest & stratos.register.v1.QueryDepositByOwnerRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryDepositByOwnerRequest.$Properties): stratos.register.v1.QueryDepositByOwnerRequest;

                /**
                 * Encodes the specified QueryDepositByOwnerRequest message. Does not implicitly {@link stratos.register.v1.QueryDepositByOwnerRequest.verify|verify} messages.
                 * @param message QueryDepositByOwnerRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryDepositByOwnerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositByOwnerRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryDepositByOwnerRequest & stratos.register.v1.QueryDepositByOwnerRequest.$Shape} QueryDepositByOwnerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryDepositByOwnerRequest & stratos.register.v1.QueryDepositByOwnerRequest.$Shape;

                /**
                 * Verifies a QueryDepositByOwnerRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryDepositByOwnerRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryDepositByOwnerRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryDepositByOwnerRequest;

                /**
                 * Creates a plain object from a QueryDepositByOwnerRequest message. Also converts values to other types if specified.
                 * @param message QueryDepositByOwnerRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryDepositByOwnerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDepositByOwnerRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryDepositByOwnerRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDepositByOwnerRequest {

                /** Properties of a QueryDepositByOwnerRequest. */
                interface $Properties {

                    /** QueryDepositByOwnerRequest ownerAddr */
                    ownerAddr?: (string|null);

                    /** QueryDepositByOwnerRequest pagination */
                    pagination?: (cosmos.base.query.v1beta1.PageRequest.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryDepositByOwnerRequest. */
                type $Shape = stratos.register.v1.QueryDepositByOwnerRequest.$Properties;
            }

            /**
             * Properties of a QueryDepositByOwnerResponse.
             * @deprecated Use stratos.register.v1.QueryDepositByOwnerResponse.$Properties instead.
             */
            interface IQueryDepositByOwnerResponse extends stratos.register.v1.QueryDepositByOwnerResponse.$Properties {
            }

            /** Represents a QueryDepositByOwnerResponse. */
            class QueryDepositByOwnerResponse {

                /**
                 * Constructs a new QueryDepositByOwnerResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryDepositByOwnerResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryDepositByOwnerResponse depositInfos. */
                depositInfos: stratos.register.v1.DepositInfo.$Properties[];

                /** QueryDepositByOwnerResponse pagination. */
                pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);

                /**
                 * Creates a new QueryDepositByOwnerResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositByOwnerResponse instance
                 */
                static create(properties: stratos.register.v1.QueryDepositByOwnerResponse.$Shape): stratos.register.v1.QueryDepositByOwnerResponse & stratos.register.v1.QueryDepositByOwnerResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryDepositByOwnerResponse.$Properties): stratos.register.v1.QueryDepositByOwnerResponse;

                /**
                 * Encodes the specified QueryDepositByOwnerResponse message. Does not implicitly {@link stratos.register.v1.QueryDepositByOwnerResponse.verify|verify} messages.
                 * @param message QueryDepositByOwnerResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryDepositByOwnerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositByOwnerResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryDepositByOwnerResponse & stratos.register.v1.QueryDepositByOwnerResponse.$Shape} QueryDepositByOwnerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryDepositByOwnerResponse & stratos.register.v1.QueryDepositByOwnerResponse.$Shape;

                /**
                 * Verifies a QueryDepositByOwnerResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryDepositByOwnerResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryDepositByOwnerResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryDepositByOwnerResponse;

                /**
                 * Creates a plain object from a QueryDepositByOwnerResponse message. Also converts values to other types if specified.
                 * @param message QueryDepositByOwnerResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryDepositByOwnerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDepositByOwnerResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryDepositByOwnerResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDepositByOwnerResponse {

                /** Properties of a QueryDepositByOwnerResponse. */
                interface $Properties {

                    /** QueryDepositByOwnerResponse depositInfos */
                    depositInfos?: (stratos.register.v1.DepositInfo.$Properties[]|null);

                    /** QueryDepositByOwnerResponse pagination */
                    pagination?: (cosmos.base.query.v1beta1.PageResponse.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryDepositByOwnerResponse. */
                type $Shape = stratos.register.v1.QueryDepositByOwnerResponse.$Properties;
            }

            /**
             * Properties of a QueryDepositTotalRequest.
             * @deprecated Use stratos.register.v1.QueryDepositTotalRequest.$Properties instead.
             */
            interface IQueryDepositTotalRequest extends stratos.register.v1.QueryDepositTotalRequest.$Properties {
            }

            /** Represents a QueryDepositTotalRequest. */
            class QueryDepositTotalRequest {

                /**
                 * Constructs a new QueryDepositTotalRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryDepositTotalRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryDepositTotalRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositTotalRequest instance
                 */
                static create(properties: stratos.register.v1.QueryDepositTotalRequest.$Shape): stratos.register.v1.QueryDepositTotalRequest & stratos.register.v1.QueryDepositTotalRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryDepositTotalRequest.$Properties): stratos.register.v1.QueryDepositTotalRequest;

                /**
                 * Encodes the specified QueryDepositTotalRequest message. Does not implicitly {@link stratos.register.v1.QueryDepositTotalRequest.verify|verify} messages.
                 * @param message QueryDepositTotalRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryDepositTotalRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositTotalRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryDepositTotalRequest & stratos.register.v1.QueryDepositTotalRequest.$Shape} QueryDepositTotalRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryDepositTotalRequest & stratos.register.v1.QueryDepositTotalRequest.$Shape;

                /**
                 * Verifies a QueryDepositTotalRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryDepositTotalRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryDepositTotalRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryDepositTotalRequest;

                /**
                 * Creates a plain object from a QueryDepositTotalRequest message. Also converts values to other types if specified.
                 * @param message QueryDepositTotalRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryDepositTotalRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDepositTotalRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryDepositTotalRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDepositTotalRequest {

                /** Properties of a QueryDepositTotalRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryDepositTotalRequest. */
                type $Shape = stratos.register.v1.QueryDepositTotalRequest.$Properties;
            }

            /**
             * Properties of a QueryDepositTotalResponse.
             * @deprecated Use stratos.register.v1.QueryDepositTotalResponse.$Properties instead.
             */
            interface IQueryDepositTotalResponse extends stratos.register.v1.QueryDepositTotalResponse.$Properties {
            }

            /** Represents a QueryDepositTotalResponse. */
            class QueryDepositTotalResponse {

                /**
                 * Constructs a new QueryDepositTotalResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryDepositTotalResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryDepositTotalResponse resourceNodesTotalDeposit. */
                resourceNodesTotalDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** QueryDepositTotalResponse metaNodesTotalDeposit. */
                metaNodesTotalDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** QueryDepositTotalResponse totalBondedDeposit. */
                totalBondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** QueryDepositTotalResponse totalUnbondedDeposit. */
                totalUnbondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** QueryDepositTotalResponse totalUnbondingDeposit. */
                totalUnbondingDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /**
                 * Creates a new QueryDepositTotalResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositTotalResponse instance
                 */
                static create(properties: stratos.register.v1.QueryDepositTotalResponse.$Shape): stratos.register.v1.QueryDepositTotalResponse & stratos.register.v1.QueryDepositTotalResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryDepositTotalResponse.$Properties): stratos.register.v1.QueryDepositTotalResponse;

                /**
                 * Encodes the specified QueryDepositTotalResponse message. Does not implicitly {@link stratos.register.v1.QueryDepositTotalResponse.verify|verify} messages.
                 * @param message QueryDepositTotalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryDepositTotalResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositTotalResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryDepositTotalResponse & stratos.register.v1.QueryDepositTotalResponse.$Shape} QueryDepositTotalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryDepositTotalResponse & stratos.register.v1.QueryDepositTotalResponse.$Shape;

                /**
                 * Verifies a QueryDepositTotalResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryDepositTotalResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryDepositTotalResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryDepositTotalResponse;

                /**
                 * Creates a plain object from a QueryDepositTotalResponse message. Also converts values to other types if specified.
                 * @param message QueryDepositTotalResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryDepositTotalResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryDepositTotalResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryDepositTotalResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryDepositTotalResponse {

                /** Properties of a QueryDepositTotalResponse. */
                interface $Properties {

                    /** QueryDepositTotalResponse resourceNodesTotalDeposit */
                    resourceNodesTotalDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** QueryDepositTotalResponse metaNodesTotalDeposit */
                    metaNodesTotalDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** QueryDepositTotalResponse totalBondedDeposit */
                    totalBondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** QueryDepositTotalResponse totalUnbondedDeposit */
                    totalUnbondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** QueryDepositTotalResponse totalUnbondingDeposit */
                    totalUnbondingDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryDepositTotalResponse. */
                type $Shape = stratos.register.v1.QueryDepositTotalResponse.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use stratos.register.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends stratos.register.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                static create(properties: stratos.register.v1.QueryParamsRequest.$Shape): stratos.register.v1.QueryParamsRequest & stratos.register.v1.QueryParamsRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryParamsRequest.$Properties): stratos.register.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link stratos.register.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryParamsRequest & stratos.register.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryParamsRequest & stratos.register.v1.QueryParamsRequest.$Shape;

                /**
                 * Verifies a QueryParamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = stratos.register.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use stratos.register.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends stratos.register.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (stratos.register.v1.Params.$Properties|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                static create(properties: stratos.register.v1.QueryParamsResponse.$Shape): stratos.register.v1.QueryParamsResponse & stratos.register.v1.QueryParamsResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryParamsResponse.$Properties): stratos.register.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link stratos.register.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryParamsResponse & stratos.register.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryParamsResponse & stratos.register.v1.QueryParamsResponse.$Shape;

                /**
                 * Verifies a QueryParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (stratos.register.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = stratos.register.v1.QueryParamsResponse.$Properties;
            }

            /**
             * Properties of a QueryBondedResourceNodeCountRequest.
             * @deprecated Use stratos.register.v1.QueryBondedResourceNodeCountRequest.$Properties instead.
             */
            interface IQueryBondedResourceNodeCountRequest extends stratos.register.v1.QueryBondedResourceNodeCountRequest.$Properties {
            }

            /** Represents a QueryBondedResourceNodeCountRequest. */
            class QueryBondedResourceNodeCountRequest {

                /**
                 * Constructs a new QueryBondedResourceNodeCountRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryBondedResourceNodeCountRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryBondedResourceNodeCountRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBondedResourceNodeCountRequest instance
                 */
                static create(properties: stratos.register.v1.QueryBondedResourceNodeCountRequest.$Shape): stratos.register.v1.QueryBondedResourceNodeCountRequest & stratos.register.v1.QueryBondedResourceNodeCountRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryBondedResourceNodeCountRequest.$Properties): stratos.register.v1.QueryBondedResourceNodeCountRequest;

                /**
                 * Encodes the specified QueryBondedResourceNodeCountRequest message. Does not implicitly {@link stratos.register.v1.QueryBondedResourceNodeCountRequest.verify|verify} messages.
                 * @param message QueryBondedResourceNodeCountRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryBondedResourceNodeCountRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBondedResourceNodeCountRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryBondedResourceNodeCountRequest & stratos.register.v1.QueryBondedResourceNodeCountRequest.$Shape} QueryBondedResourceNodeCountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryBondedResourceNodeCountRequest & stratos.register.v1.QueryBondedResourceNodeCountRequest.$Shape;

                /**
                 * Verifies a QueryBondedResourceNodeCountRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryBondedResourceNodeCountRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryBondedResourceNodeCountRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryBondedResourceNodeCountRequest;

                /**
                 * Creates a plain object from a QueryBondedResourceNodeCountRequest message. Also converts values to other types if specified.
                 * @param message QueryBondedResourceNodeCountRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryBondedResourceNodeCountRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryBondedResourceNodeCountRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryBondedResourceNodeCountRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryBondedResourceNodeCountRequest {

                /** Properties of a QueryBondedResourceNodeCountRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryBondedResourceNodeCountRequest. */
                type $Shape = stratos.register.v1.QueryBondedResourceNodeCountRequest.$Properties;
            }

            /**
             * Properties of a QueryBondedResourceNodeCountResponse.
             * @deprecated Use stratos.register.v1.QueryBondedResourceNodeCountResponse.$Properties instead.
             */
            interface IQueryBondedResourceNodeCountResponse extends stratos.register.v1.QueryBondedResourceNodeCountResponse.$Properties {
            }

            /** Represents a QueryBondedResourceNodeCountResponse. */
            class QueryBondedResourceNodeCountResponse {

                /**
                 * Constructs a new QueryBondedResourceNodeCountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryBondedResourceNodeCountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryBondedResourceNodeCountResponse number. */
                number: Long;

                /**
                 * Creates a new QueryBondedResourceNodeCountResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBondedResourceNodeCountResponse instance
                 */
                static create(properties: stratos.register.v1.QueryBondedResourceNodeCountResponse.$Shape): stratos.register.v1.QueryBondedResourceNodeCountResponse & stratos.register.v1.QueryBondedResourceNodeCountResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryBondedResourceNodeCountResponse.$Properties): stratos.register.v1.QueryBondedResourceNodeCountResponse;

                /**
                 * Encodes the specified QueryBondedResourceNodeCountResponse message. Does not implicitly {@link stratos.register.v1.QueryBondedResourceNodeCountResponse.verify|verify} messages.
                 * @param message QueryBondedResourceNodeCountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryBondedResourceNodeCountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBondedResourceNodeCountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryBondedResourceNodeCountResponse & stratos.register.v1.QueryBondedResourceNodeCountResponse.$Shape} QueryBondedResourceNodeCountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryBondedResourceNodeCountResponse & stratos.register.v1.QueryBondedResourceNodeCountResponse.$Shape;

                /**
                 * Verifies a QueryBondedResourceNodeCountResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryBondedResourceNodeCountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryBondedResourceNodeCountResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryBondedResourceNodeCountResponse;

                /**
                 * Creates a plain object from a QueryBondedResourceNodeCountResponse message. Also converts values to other types if specified.
                 * @param message QueryBondedResourceNodeCountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryBondedResourceNodeCountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryBondedResourceNodeCountResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryBondedResourceNodeCountResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryBondedResourceNodeCountResponse {

                /** Properties of a QueryBondedResourceNodeCountResponse. */
                interface $Properties {

                    /** QueryBondedResourceNodeCountResponse number */
                    number?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryBondedResourceNodeCountResponse. */
                type $Shape = stratos.register.v1.QueryBondedResourceNodeCountResponse.$Properties;
            }

            /**
             * Properties of a QueryBondedMetaNodeCountRequest.
             * @deprecated Use stratos.register.v1.QueryBondedMetaNodeCountRequest.$Properties instead.
             */
            interface IQueryBondedMetaNodeCountRequest extends stratos.register.v1.QueryBondedMetaNodeCountRequest.$Properties {
            }

            /** Represents a QueryBondedMetaNodeCountRequest. */
            class QueryBondedMetaNodeCountRequest {

                /**
                 * Constructs a new QueryBondedMetaNodeCountRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryBondedMetaNodeCountRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryBondedMetaNodeCountRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBondedMetaNodeCountRequest instance
                 */
                static create(properties: stratos.register.v1.QueryBondedMetaNodeCountRequest.$Shape): stratos.register.v1.QueryBondedMetaNodeCountRequest & stratos.register.v1.QueryBondedMetaNodeCountRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryBondedMetaNodeCountRequest.$Properties): stratos.register.v1.QueryBondedMetaNodeCountRequest;

                /**
                 * Encodes the specified QueryBondedMetaNodeCountRequest message. Does not implicitly {@link stratos.register.v1.QueryBondedMetaNodeCountRequest.verify|verify} messages.
                 * @param message QueryBondedMetaNodeCountRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryBondedMetaNodeCountRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBondedMetaNodeCountRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryBondedMetaNodeCountRequest & stratos.register.v1.QueryBondedMetaNodeCountRequest.$Shape} QueryBondedMetaNodeCountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryBondedMetaNodeCountRequest & stratos.register.v1.QueryBondedMetaNodeCountRequest.$Shape;

                /**
                 * Verifies a QueryBondedMetaNodeCountRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryBondedMetaNodeCountRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryBondedMetaNodeCountRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryBondedMetaNodeCountRequest;

                /**
                 * Creates a plain object from a QueryBondedMetaNodeCountRequest message. Also converts values to other types if specified.
                 * @param message QueryBondedMetaNodeCountRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryBondedMetaNodeCountRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryBondedMetaNodeCountRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryBondedMetaNodeCountRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryBondedMetaNodeCountRequest {

                /** Properties of a QueryBondedMetaNodeCountRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryBondedMetaNodeCountRequest. */
                type $Shape = stratos.register.v1.QueryBondedMetaNodeCountRequest.$Properties;
            }

            /**
             * Properties of a QueryBondedMetaNodeCountResponse.
             * @deprecated Use stratos.register.v1.QueryBondedMetaNodeCountResponse.$Properties instead.
             */
            interface IQueryBondedMetaNodeCountResponse extends stratos.register.v1.QueryBondedMetaNodeCountResponse.$Properties {
            }

            /** Represents a QueryBondedMetaNodeCountResponse. */
            class QueryBondedMetaNodeCountResponse {

                /**
                 * Constructs a new QueryBondedMetaNodeCountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryBondedMetaNodeCountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryBondedMetaNodeCountResponse number. */
                number: Long;

                /**
                 * Creates a new QueryBondedMetaNodeCountResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBondedMetaNodeCountResponse instance
                 */
                static create(properties: stratos.register.v1.QueryBondedMetaNodeCountResponse.$Shape): stratos.register.v1.QueryBondedMetaNodeCountResponse & stratos.register.v1.QueryBondedMetaNodeCountResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryBondedMetaNodeCountResponse.$Properties): stratos.register.v1.QueryBondedMetaNodeCountResponse;

                /**
                 * Encodes the specified QueryBondedMetaNodeCountResponse message. Does not implicitly {@link stratos.register.v1.QueryBondedMetaNodeCountResponse.verify|verify} messages.
                 * @param message QueryBondedMetaNodeCountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryBondedMetaNodeCountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBondedMetaNodeCountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryBondedMetaNodeCountResponse & stratos.register.v1.QueryBondedMetaNodeCountResponse.$Shape} QueryBondedMetaNodeCountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryBondedMetaNodeCountResponse & stratos.register.v1.QueryBondedMetaNodeCountResponse.$Shape;

                /**
                 * Verifies a QueryBondedMetaNodeCountResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryBondedMetaNodeCountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryBondedMetaNodeCountResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryBondedMetaNodeCountResponse;

                /**
                 * Creates a plain object from a QueryBondedMetaNodeCountResponse message. Also converts values to other types if specified.
                 * @param message QueryBondedMetaNodeCountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryBondedMetaNodeCountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryBondedMetaNodeCountResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryBondedMetaNodeCountResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryBondedMetaNodeCountResponse {

                /** Properties of a QueryBondedMetaNodeCountResponse. */
                interface $Properties {

                    /** QueryBondedMetaNodeCountResponse number */
                    number?: (Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryBondedMetaNodeCountResponse. */
                type $Shape = stratos.register.v1.QueryBondedMetaNodeCountResponse.$Properties;
            }

            /**
             * Properties of a QueryRemainingOzoneLimitRequest.
             * @deprecated Use stratos.register.v1.QueryRemainingOzoneLimitRequest.$Properties instead.
             */
            interface IQueryRemainingOzoneLimitRequest extends stratos.register.v1.QueryRemainingOzoneLimitRequest.$Properties {
            }

            /** Represents a QueryRemainingOzoneLimitRequest. */
            class QueryRemainingOzoneLimitRequest {

                /**
                 * Constructs a new QueryRemainingOzoneLimitRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryRemainingOzoneLimitRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryRemainingOzoneLimitRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRemainingOzoneLimitRequest instance
                 */
                static create(properties: stratos.register.v1.QueryRemainingOzoneLimitRequest.$Shape): stratos.register.v1.QueryRemainingOzoneLimitRequest & stratos.register.v1.QueryRemainingOzoneLimitRequest.$Shape;
                static create(properties?: stratos.register.v1.QueryRemainingOzoneLimitRequest.$Properties): stratos.register.v1.QueryRemainingOzoneLimitRequest;

                /**
                 * Encodes the specified QueryRemainingOzoneLimitRequest message. Does not implicitly {@link stratos.register.v1.QueryRemainingOzoneLimitRequest.verify|verify} messages.
                 * @param message QueryRemainingOzoneLimitRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryRemainingOzoneLimitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRemainingOzoneLimitRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryRemainingOzoneLimitRequest & stratos.register.v1.QueryRemainingOzoneLimitRequest.$Shape} QueryRemainingOzoneLimitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryRemainingOzoneLimitRequest & stratos.register.v1.QueryRemainingOzoneLimitRequest.$Shape;

                /**
                 * Verifies a QueryRemainingOzoneLimitRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRemainingOzoneLimitRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRemainingOzoneLimitRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryRemainingOzoneLimitRequest;

                /**
                 * Creates a plain object from a QueryRemainingOzoneLimitRequest message. Also converts values to other types if specified.
                 * @param message QueryRemainingOzoneLimitRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryRemainingOzoneLimitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRemainingOzoneLimitRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRemainingOzoneLimitRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRemainingOzoneLimitRequest {

                /** Properties of a QueryRemainingOzoneLimitRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRemainingOzoneLimitRequest. */
                type $Shape = stratos.register.v1.QueryRemainingOzoneLimitRequest.$Properties;
            }

            /**
             * Properties of a QueryRemainingOzoneLimitResponse.
             * @deprecated Use stratos.register.v1.QueryRemainingOzoneLimitResponse.$Properties instead.
             */
            interface IQueryRemainingOzoneLimitResponse extends stratos.register.v1.QueryRemainingOzoneLimitResponse.$Properties {
            }

            /** Represents a QueryRemainingOzoneLimitResponse. */
            class QueryRemainingOzoneLimitResponse {

                /**
                 * Constructs a new QueryRemainingOzoneLimitResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.QueryRemainingOzoneLimitResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRemainingOzoneLimitResponse ozoneLimit. */
                ozoneLimit: string;

                /**
                 * Creates a new QueryRemainingOzoneLimitResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRemainingOzoneLimitResponse instance
                 */
                static create(properties: stratos.register.v1.QueryRemainingOzoneLimitResponse.$Shape): stratos.register.v1.QueryRemainingOzoneLimitResponse & stratos.register.v1.QueryRemainingOzoneLimitResponse.$Shape;
                static create(properties?: stratos.register.v1.QueryRemainingOzoneLimitResponse.$Properties): stratos.register.v1.QueryRemainingOzoneLimitResponse;

                /**
                 * Encodes the specified QueryRemainingOzoneLimitResponse message. Does not implicitly {@link stratos.register.v1.QueryRemainingOzoneLimitResponse.verify|verify} messages.
                 * @param message QueryRemainingOzoneLimitResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.QueryRemainingOzoneLimitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRemainingOzoneLimitResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.QueryRemainingOzoneLimitResponse & stratos.register.v1.QueryRemainingOzoneLimitResponse.$Shape} QueryRemainingOzoneLimitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.QueryRemainingOzoneLimitResponse & stratos.register.v1.QueryRemainingOzoneLimitResponse.$Shape;

                /**
                 * Verifies a QueryRemainingOzoneLimitResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRemainingOzoneLimitResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRemainingOzoneLimitResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.QueryRemainingOzoneLimitResponse;

                /**
                 * Creates a plain object from a QueryRemainingOzoneLimitResponse message. Also converts values to other types if specified.
                 * @param message QueryRemainingOzoneLimitResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.QueryRemainingOzoneLimitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRemainingOzoneLimitResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRemainingOzoneLimitResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRemainingOzoneLimitResponse {

                /** Properties of a QueryRemainingOzoneLimitResponse. */
                interface $Properties {

                    /** QueryRemainingOzoneLimitResponse ozoneLimit */
                    ozoneLimit?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRemainingOzoneLimitResponse. */
                type $Shape = stratos.register.v1.QueryRemainingOzoneLimitResponse.$Properties;
            }

            /**
             * Properties of a DepositInfo.
             * @deprecated Use stratos.register.v1.DepositInfo.$Properties instead.
             */
            interface IDepositInfo extends stratos.register.v1.DepositInfo.$Properties {
            }

            /** Represents a DepositInfo. */
            class DepositInfo {

                /**
                 * Constructs a new DepositInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.DepositInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DepositInfo networkAddress. */
                networkAddress: string;

                /** DepositInfo pubkey. */
                pubkey?: (google.protobuf.Any.$Properties|null);

                /** DepositInfo suspend. */
                suspend: boolean;

                /** DepositInfo status. */
                status: cosmos.staking.v1beta1.BondStatus;

                /** DepositInfo tokens. */
                tokens: string;

                /** DepositInfo ownerAddress. */
                ownerAddress: string;

                /** DepositInfo description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** DepositInfo creationTime. */
                creationTime?: (google.protobuf.Timestamp.$Properties|null);

                /** DepositInfo nodeType. */
                nodeType: number;

                /** DepositInfo bondedDeposit. */
                bondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** DepositInfo unBondingDeposit. */
                unBondingDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** DepositInfo unBondedDeposit. */
                unBondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /**
                 * Creates a new DepositInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DepositInfo instance
                 */
                static create(properties: stratos.register.v1.DepositInfo.$Shape): stratos.register.v1.DepositInfo & stratos.register.v1.DepositInfo.$Shape;
                static create(properties?: stratos.register.v1.DepositInfo.$Properties): stratos.register.v1.DepositInfo;

                /**
                 * Encodes the specified DepositInfo message. Does not implicitly {@link stratos.register.v1.DepositInfo.verify|verify} messages.
                 * @param message DepositInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.DepositInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DepositInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.DepositInfo & stratos.register.v1.DepositInfo.$Shape} DepositInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.DepositInfo & stratos.register.v1.DepositInfo.$Shape;

                /**
                 * Verifies a DepositInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DepositInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DepositInfo
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.DepositInfo;

                /**
                 * Creates a plain object from a DepositInfo message. Also converts values to other types if specified.
                 * @param message DepositInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.DepositInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DepositInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DepositInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DepositInfo {

                /** Properties of a DepositInfo. */
                interface $Properties {

                    /** DepositInfo networkAddress */
                    networkAddress?: (string|null);

                    /** DepositInfo pubkey */
                    pubkey?: (google.protobuf.Any.$Properties|null);

                    /** DepositInfo suspend */
                    suspend?: (boolean|null);

                    /** DepositInfo status */
                    status?: (cosmos.staking.v1beta1.BondStatus|null);

                    /** DepositInfo tokens */
                    tokens?: (string|null);

                    /** DepositInfo ownerAddress */
                    ownerAddress?: (string|null);

                    /** DepositInfo description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** DepositInfo creationTime */
                    creationTime?: (google.protobuf.Timestamp.$Properties|null);

                    /** DepositInfo nodeType */
                    nodeType?: (number|null);

                    /** DepositInfo bondedDeposit */
                    bondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** DepositInfo unBondingDeposit */
                    unBondingDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** DepositInfo unBondedDeposit */
                    unBondedDeposit?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DepositInfo. */
                type $Shape = stratos.register.v1.DepositInfo.$Properties;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /** Calls HandleMsgCreateResourceNode. */
                handleMsgCreateResourceNode: stratos.register.v1.Msg.HandleMsgCreateResourceNode;

                /** Calls HandleMsgRemoveResourceNode. */
                handleMsgRemoveResourceNode: stratos.register.v1.Msg.HandleMsgRemoveResourceNode;

                /** Calls HandleMsgUpdateResourceNode. */
                handleMsgUpdateResourceNode: stratos.register.v1.Msg.HandleMsgUpdateResourceNode;

                /** Calls HandleMsgUpdateResourceNodeDeposit. */
                handleMsgUpdateResourceNodeDeposit: stratos.register.v1.Msg.HandleMsgUpdateResourceNodeDeposit;

                /** Calls HandleMsgUpdateEffectiveDeposit. */
                handleMsgUpdateEffectiveDeposit: stratos.register.v1.Msg.HandleMsgUpdateEffectiveDeposit;

                /** Calls HandleMsgCreateMetaNode. */
                handleMsgCreateMetaNode: stratos.register.v1.Msg.HandleMsgCreateMetaNode;

                /** Calls HandleMsgRemoveMetaNode. */
                handleMsgRemoveMetaNode: stratos.register.v1.Msg.HandleMsgRemoveMetaNode;

                /** Calls HandleMsgUpdateMetaNode. */
                handleMsgUpdateMetaNode: stratos.register.v1.Msg.HandleMsgUpdateMetaNode;

                /** Calls HandleMsgUpdateMetaNodeDeposit. */
                handleMsgUpdateMetaNodeDeposit: stratos.register.v1.Msg.HandleMsgUpdateMetaNodeDeposit;

                /** Calls HandleMsgMetaNodeRegistrationVote. */
                handleMsgMetaNodeRegistrationVote: stratos.register.v1.Msg.HandleMsgMetaNodeRegistrationVote;

                /** Calls HandleMsgKickMetaNodeVote. */
                handleMsgKickMetaNodeVote: stratos.register.v1.Msg.HandleMsgKickMetaNodeVote;

                /** Calls UpdateParams. */
                updateParams: stratos.register.v1.Msg.UpdateParams;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgCreateResourceNode}.
                 * @param error Error, if any
                 * @param [response] MsgCreateResourceNodeResponse
                 */
                type HandleMsgCreateResourceNodeCallback = (error: (Error|null), response?: stratos.register.v1.MsgCreateResourceNodeResponse) => void;

                /** Calls HandleMsgCreateResourceNode. */
                type HandleMsgCreateResourceNode = {
                  (request: stratos.register.v1.IMsgCreateResourceNode, callback: stratos.register.v1.Msg.HandleMsgCreateResourceNodeCallback): void;
                  (request: stratos.register.v1.IMsgCreateResourceNode): Promise<stratos.register.v1.MsgCreateResourceNodeResponse>;
                  readonly name: "HandleMsgCreateResourceNode";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgCreateResourceNode";
                  readonly requestType: "MsgCreateResourceNode";
                  readonly responseType: "MsgCreateResourceNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgRemoveResourceNode}.
                 * @param error Error, if any
                 * @param [response] MsgRemoveResourceNodeResponse
                 */
                type HandleMsgRemoveResourceNodeCallback = (error: (Error|null), response?: stratos.register.v1.MsgRemoveResourceNodeResponse) => void;

                /** Calls HandleMsgRemoveResourceNode. */
                type HandleMsgRemoveResourceNode = {
                  (request: stratos.register.v1.IMsgRemoveResourceNode, callback: stratos.register.v1.Msg.HandleMsgRemoveResourceNodeCallback): void;
                  (request: stratos.register.v1.IMsgRemoveResourceNode): Promise<stratos.register.v1.MsgRemoveResourceNodeResponse>;
                  readonly name: "HandleMsgRemoveResourceNode";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgRemoveResourceNode";
                  readonly requestType: "MsgRemoveResourceNode";
                  readonly responseType: "MsgRemoveResourceNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgUpdateResourceNode}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateResourceNodeResponse
                 */
                type HandleMsgUpdateResourceNodeCallback = (error: (Error|null), response?: stratos.register.v1.MsgUpdateResourceNodeResponse) => void;

                /** Calls HandleMsgUpdateResourceNode. */
                type HandleMsgUpdateResourceNode = {
                  (request: stratos.register.v1.IMsgUpdateResourceNode, callback: stratos.register.v1.Msg.HandleMsgUpdateResourceNodeCallback): void;
                  (request: stratos.register.v1.IMsgUpdateResourceNode): Promise<stratos.register.v1.MsgUpdateResourceNodeResponse>;
                  readonly name: "HandleMsgUpdateResourceNode";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgUpdateResourceNode";
                  readonly requestType: "MsgUpdateResourceNode";
                  readonly responseType: "MsgUpdateResourceNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgUpdateResourceNodeDeposit}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateResourceNodeDepositResponse
                 */
                type HandleMsgUpdateResourceNodeDepositCallback = (error: (Error|null), response?: stratos.register.v1.MsgUpdateResourceNodeDepositResponse) => void;

                /** Calls HandleMsgUpdateResourceNodeDeposit. */
                type HandleMsgUpdateResourceNodeDeposit = {
                  (request: stratos.register.v1.IMsgUpdateResourceNodeDeposit, callback: stratos.register.v1.Msg.HandleMsgUpdateResourceNodeDepositCallback): void;
                  (request: stratos.register.v1.IMsgUpdateResourceNodeDeposit): Promise<stratos.register.v1.MsgUpdateResourceNodeDepositResponse>;
                  readonly name: "HandleMsgUpdateResourceNodeDeposit";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgUpdateResourceNodeDeposit";
                  readonly requestType: "MsgUpdateResourceNodeDeposit";
                  readonly responseType: "MsgUpdateResourceNodeDepositResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgUpdateEffectiveDeposit}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateEffectiveDepositResponse
                 */
                type HandleMsgUpdateEffectiveDepositCallback = (error: (Error|null), response?: stratos.register.v1.MsgUpdateEffectiveDepositResponse) => void;

                /** Calls HandleMsgUpdateEffectiveDeposit. */
                type HandleMsgUpdateEffectiveDeposit = {
                  (request: stratos.register.v1.IMsgUpdateEffectiveDeposit, callback: stratos.register.v1.Msg.HandleMsgUpdateEffectiveDepositCallback): void;
                  (request: stratos.register.v1.IMsgUpdateEffectiveDeposit): Promise<stratos.register.v1.MsgUpdateEffectiveDepositResponse>;
                  readonly name: "HandleMsgUpdateEffectiveDeposit";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgUpdateEffectiveDeposit";
                  readonly requestType: "MsgUpdateEffectiveDeposit";
                  readonly responseType: "MsgUpdateEffectiveDepositResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgCreateMetaNode}.
                 * @param error Error, if any
                 * @param [response] MsgCreateMetaNodeResponse
                 */
                type HandleMsgCreateMetaNodeCallback = (error: (Error|null), response?: stratos.register.v1.MsgCreateMetaNodeResponse) => void;

                /** Calls HandleMsgCreateMetaNode. */
                type HandleMsgCreateMetaNode = {
                  (request: stratos.register.v1.IMsgCreateMetaNode, callback: stratos.register.v1.Msg.HandleMsgCreateMetaNodeCallback): void;
                  (request: stratos.register.v1.IMsgCreateMetaNode): Promise<stratos.register.v1.MsgCreateMetaNodeResponse>;
                  readonly name: "HandleMsgCreateMetaNode";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgCreateMetaNode";
                  readonly requestType: "MsgCreateMetaNode";
                  readonly responseType: "MsgCreateMetaNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgRemoveMetaNode}.
                 * @param error Error, if any
                 * @param [response] MsgRemoveMetaNodeResponse
                 */
                type HandleMsgRemoveMetaNodeCallback = (error: (Error|null), response?: stratos.register.v1.MsgRemoveMetaNodeResponse) => void;

                /** Calls HandleMsgRemoveMetaNode. */
                type HandleMsgRemoveMetaNode = {
                  (request: stratos.register.v1.IMsgRemoveMetaNode, callback: stratos.register.v1.Msg.HandleMsgRemoveMetaNodeCallback): void;
                  (request: stratos.register.v1.IMsgRemoveMetaNode): Promise<stratos.register.v1.MsgRemoveMetaNodeResponse>;
                  readonly name: "HandleMsgRemoveMetaNode";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgRemoveMetaNode";
                  readonly requestType: "MsgRemoveMetaNode";
                  readonly responseType: "MsgRemoveMetaNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgUpdateMetaNode}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateMetaNodeResponse
                 */
                type HandleMsgUpdateMetaNodeCallback = (error: (Error|null), response?: stratos.register.v1.MsgUpdateMetaNodeResponse) => void;

                /** Calls HandleMsgUpdateMetaNode. */
                type HandleMsgUpdateMetaNode = {
                  (request: stratos.register.v1.IMsgUpdateMetaNode, callback: stratos.register.v1.Msg.HandleMsgUpdateMetaNodeCallback): void;
                  (request: stratos.register.v1.IMsgUpdateMetaNode): Promise<stratos.register.v1.MsgUpdateMetaNodeResponse>;
                  readonly name: "HandleMsgUpdateMetaNode";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgUpdateMetaNode";
                  readonly requestType: "MsgUpdateMetaNode";
                  readonly responseType: "MsgUpdateMetaNodeResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgUpdateMetaNodeDeposit}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateMetaNodeDepositResponse
                 */
                type HandleMsgUpdateMetaNodeDepositCallback = (error: (Error|null), response?: stratos.register.v1.MsgUpdateMetaNodeDepositResponse) => void;

                /** Calls HandleMsgUpdateMetaNodeDeposit. */
                type HandleMsgUpdateMetaNodeDeposit = {
                  (request: stratos.register.v1.IMsgUpdateMetaNodeDeposit, callback: stratos.register.v1.Msg.HandleMsgUpdateMetaNodeDepositCallback): void;
                  (request: stratos.register.v1.IMsgUpdateMetaNodeDeposit): Promise<stratos.register.v1.MsgUpdateMetaNodeDepositResponse>;
                  readonly name: "HandleMsgUpdateMetaNodeDeposit";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgUpdateMetaNodeDeposit";
                  readonly requestType: "MsgUpdateMetaNodeDeposit";
                  readonly responseType: "MsgUpdateMetaNodeDepositResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgMetaNodeRegistrationVote}.
                 * @param error Error, if any
                 * @param [response] MsgMetaNodeRegistrationVoteResponse
                 */
                type HandleMsgMetaNodeRegistrationVoteCallback = (error: (Error|null), response?: stratos.register.v1.MsgMetaNodeRegistrationVoteResponse) => void;

                /** Calls HandleMsgMetaNodeRegistrationVote. */
                type HandleMsgMetaNodeRegistrationVote = {
                  (request: stratos.register.v1.IMsgMetaNodeRegistrationVote, callback: stratos.register.v1.Msg.HandleMsgMetaNodeRegistrationVoteCallback): void;
                  (request: stratos.register.v1.IMsgMetaNodeRegistrationVote): Promise<stratos.register.v1.MsgMetaNodeRegistrationVoteResponse>;
                  readonly name: "HandleMsgMetaNodeRegistrationVote";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgMetaNodeRegistrationVote";
                  readonly requestType: "MsgMetaNodeRegistrationVote";
                  readonly responseType: "MsgMetaNodeRegistrationVoteResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#handleMsgKickMetaNodeVote}.
                 * @param error Error, if any
                 * @param [response] MsgKickMetaNodeVoteResponse
                 */
                type HandleMsgKickMetaNodeVoteCallback = (error: (Error|null), response?: stratos.register.v1.MsgKickMetaNodeVoteResponse) => void;

                /** Calls HandleMsgKickMetaNodeVote. */
                type HandleMsgKickMetaNodeVote = {
                  (request: stratos.register.v1.IMsgKickMetaNodeVote, callback: stratos.register.v1.Msg.HandleMsgKickMetaNodeVoteCallback): void;
                  (request: stratos.register.v1.IMsgKickMetaNodeVote): Promise<stratos.register.v1.MsgKickMetaNodeVoteResponse>;
                  readonly name: "HandleMsgKickMetaNodeVote";
                  readonly path: "/stratos.register.v1.Msg/HandleMsgKickMetaNodeVote";
                  readonly requestType: "MsgKickMetaNodeVote";
                  readonly responseType: "MsgKickMetaNodeVoteResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.register.v1.Msg#updateParams}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateParamsResponse
                 */
                type UpdateParamsCallback = (error: (Error|null), response?: stratos.register.v1.MsgUpdateParamsResponse) => void;

                /** Calls UpdateParams. */
                type UpdateParams = {
                  (request: stratos.register.v1.IMsgUpdateParams, callback: stratos.register.v1.Msg.UpdateParamsCallback): void;
                  (request: stratos.register.v1.IMsgUpdateParams): Promise<stratos.register.v1.MsgUpdateParamsResponse>;
                  readonly name: "UpdateParams";
                  readonly path: "/stratos.register.v1.Msg/UpdateParams";
                  readonly requestType: "MsgUpdateParams";
                  readonly responseType: "MsgUpdateParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a MsgCreateResourceNode.
             * @deprecated Use stratos.register.v1.MsgCreateResourceNode.$Properties instead.
             */
            interface IMsgCreateResourceNode extends stratos.register.v1.MsgCreateResourceNode.$Properties {
            }

            /** Represents a MsgCreateResourceNode. */
            class MsgCreateResourceNode {

                /**
                 * Constructs a new MsgCreateResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgCreateResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCreateResourceNode networkAddress. */
                networkAddress: string;

                /** MsgCreateResourceNode pubkey. */
                pubkey?: (google.protobuf.Any.$Properties|null);

                /** MsgCreateResourceNode value. */
                value?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** MsgCreateResourceNode ownerAddress. */
                ownerAddress: string;

                /** MsgCreateResourceNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /** MsgCreateResourceNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** MsgCreateResourceNode nodeType. */
                nodeType: number;

                /**
                 * Creates a new MsgCreateResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateResourceNode instance
                 */
                static create(properties: stratos.register.v1.MsgCreateResourceNode.$Shape): stratos.register.v1.MsgCreateResourceNode & stratos.register.v1.MsgCreateResourceNode.$Shape;
                static create(properties?: stratos.register.v1.MsgCreateResourceNode.$Properties): stratos.register.v1.MsgCreateResourceNode;

                /**
                 * Encodes the specified MsgCreateResourceNode message. Does not implicitly {@link stratos.register.v1.MsgCreateResourceNode.verify|verify} messages.
                 * @param message MsgCreateResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgCreateResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgCreateResourceNode & stratos.register.v1.MsgCreateResourceNode.$Shape} MsgCreateResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgCreateResourceNode & stratos.register.v1.MsgCreateResourceNode.$Shape;

                /**
                 * Verifies a MsgCreateResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCreateResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCreateResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgCreateResourceNode;

                /**
                 * Creates a plain object from a MsgCreateResourceNode message. Also converts values to other types if specified.
                 * @param message MsgCreateResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgCreateResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCreateResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateResourceNode {

                /** Properties of a MsgCreateResourceNode. */
                interface $Properties {

                    /** MsgCreateResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** MsgCreateResourceNode pubkey */
                    pubkey?: (google.protobuf.Any.$Properties|null);

                    /** MsgCreateResourceNode value */
                    value?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** MsgCreateResourceNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** MsgCreateResourceNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** MsgCreateResourceNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** MsgCreateResourceNode nodeType */
                    nodeType?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCreateResourceNode. */
                type $Shape = stratos.register.v1.MsgCreateResourceNode.$Properties;
            }

            /**
             * Properties of a MsgCreateResourceNodeResponse.
             * @deprecated Use stratos.register.v1.MsgCreateResourceNodeResponse.$Properties instead.
             */
            interface IMsgCreateResourceNodeResponse extends stratos.register.v1.MsgCreateResourceNodeResponse.$Properties {
            }

            /** Represents a MsgCreateResourceNodeResponse. */
            class MsgCreateResourceNodeResponse {

                /**
                 * Constructs a new MsgCreateResourceNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgCreateResourceNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgCreateResourceNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateResourceNodeResponse instance
                 */
                static create(properties: stratos.register.v1.MsgCreateResourceNodeResponse.$Shape): stratos.register.v1.MsgCreateResourceNodeResponse & stratos.register.v1.MsgCreateResourceNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgCreateResourceNodeResponse.$Properties): stratos.register.v1.MsgCreateResourceNodeResponse;

                /**
                 * Encodes the specified MsgCreateResourceNodeResponse message. Does not implicitly {@link stratos.register.v1.MsgCreateResourceNodeResponse.verify|verify} messages.
                 * @param message MsgCreateResourceNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgCreateResourceNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateResourceNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgCreateResourceNodeResponse & stratos.register.v1.MsgCreateResourceNodeResponse.$Shape} MsgCreateResourceNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgCreateResourceNodeResponse & stratos.register.v1.MsgCreateResourceNodeResponse.$Shape;

                /**
                 * Verifies a MsgCreateResourceNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCreateResourceNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCreateResourceNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgCreateResourceNodeResponse;

                /**
                 * Creates a plain object from a MsgCreateResourceNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgCreateResourceNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgCreateResourceNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateResourceNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCreateResourceNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateResourceNodeResponse {

                /** Properties of a MsgCreateResourceNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCreateResourceNodeResponse. */
                type $Shape = stratos.register.v1.MsgCreateResourceNodeResponse.$Properties;
            }

            /**
             * Properties of a MsgCreateMetaNode.
             * @deprecated Use stratos.register.v1.MsgCreateMetaNode.$Properties instead.
             */
            interface IMsgCreateMetaNode extends stratos.register.v1.MsgCreateMetaNode.$Properties {
            }

            /** Represents a MsgCreateMetaNode. */
            class MsgCreateMetaNode {

                /**
                 * Constructs a new MsgCreateMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgCreateMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgCreateMetaNode networkAddress. */
                networkAddress: string;

                /** MsgCreateMetaNode pubkey. */
                pubkey?: (google.protobuf.Any.$Properties|null);

                /** MsgCreateMetaNode value. */
                value?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /** MsgCreateMetaNode ownerAddress. */
                ownerAddress: string;

                /** MsgCreateMetaNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /** MsgCreateMetaNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** MsgCreateMetaNode blsPubKey. */
                blsPubKey: Uint8Array;

                /** MsgCreateMetaNode blsPop. */
                blsPop: Uint8Array;

                /**
                 * Creates a new MsgCreateMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateMetaNode instance
                 */
                static create(properties: stratos.register.v1.MsgCreateMetaNode.$Shape): stratos.register.v1.MsgCreateMetaNode & stratos.register.v1.MsgCreateMetaNode.$Shape;
                static create(properties?: stratos.register.v1.MsgCreateMetaNode.$Properties): stratos.register.v1.MsgCreateMetaNode;

                /**
                 * Encodes the specified MsgCreateMetaNode message. Does not implicitly {@link stratos.register.v1.MsgCreateMetaNode.verify|verify} messages.
                 * @param message MsgCreateMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgCreateMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgCreateMetaNode & stratos.register.v1.MsgCreateMetaNode.$Shape} MsgCreateMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgCreateMetaNode & stratos.register.v1.MsgCreateMetaNode.$Shape;

                /**
                 * Verifies a MsgCreateMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCreateMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCreateMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgCreateMetaNode;

                /**
                 * Creates a plain object from a MsgCreateMetaNode message. Also converts values to other types if specified.
                 * @param message MsgCreateMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgCreateMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCreateMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateMetaNode {

                /** Properties of a MsgCreateMetaNode. */
                interface $Properties {

                    /** MsgCreateMetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** MsgCreateMetaNode pubkey */
                    pubkey?: (google.protobuf.Any.$Properties|null);

                    /** MsgCreateMetaNode value */
                    value?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** MsgCreateMetaNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** MsgCreateMetaNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** MsgCreateMetaNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** MsgCreateMetaNode blsPubKey */
                    blsPubKey?: (Uint8Array|null);

                    /** MsgCreateMetaNode blsPop */
                    blsPop?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCreateMetaNode. */
                type $Shape = stratos.register.v1.MsgCreateMetaNode.$Properties;
            }

            /**
             * Properties of a MsgCreateMetaNodeResponse.
             * @deprecated Use stratos.register.v1.MsgCreateMetaNodeResponse.$Properties instead.
             */
            interface IMsgCreateMetaNodeResponse extends stratos.register.v1.MsgCreateMetaNodeResponse.$Properties {
            }

            /** Represents a MsgCreateMetaNodeResponse. */
            class MsgCreateMetaNodeResponse {

                /**
                 * Constructs a new MsgCreateMetaNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgCreateMetaNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgCreateMetaNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateMetaNodeResponse instance
                 */
                static create(properties: stratos.register.v1.MsgCreateMetaNodeResponse.$Shape): stratos.register.v1.MsgCreateMetaNodeResponse & stratos.register.v1.MsgCreateMetaNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgCreateMetaNodeResponse.$Properties): stratos.register.v1.MsgCreateMetaNodeResponse;

                /**
                 * Encodes the specified MsgCreateMetaNodeResponse message. Does not implicitly {@link stratos.register.v1.MsgCreateMetaNodeResponse.verify|verify} messages.
                 * @param message MsgCreateMetaNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgCreateMetaNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateMetaNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgCreateMetaNodeResponse & stratos.register.v1.MsgCreateMetaNodeResponse.$Shape} MsgCreateMetaNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgCreateMetaNodeResponse & stratos.register.v1.MsgCreateMetaNodeResponse.$Shape;

                /**
                 * Verifies a MsgCreateMetaNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgCreateMetaNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgCreateMetaNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgCreateMetaNodeResponse;

                /**
                 * Creates a plain object from a MsgCreateMetaNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgCreateMetaNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgCreateMetaNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgCreateMetaNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgCreateMetaNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgCreateMetaNodeResponse {

                /** Properties of a MsgCreateMetaNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgCreateMetaNodeResponse. */
                type $Shape = stratos.register.v1.MsgCreateMetaNodeResponse.$Properties;
            }

            /**
             * Properties of a MsgRemoveResourceNode.
             * @deprecated Use stratos.register.v1.MsgRemoveResourceNode.$Properties instead.
             */
            interface IMsgRemoveResourceNode extends stratos.register.v1.MsgRemoveResourceNode.$Properties {
            }

            /** Represents a MsgRemoveResourceNode. */
            class MsgRemoveResourceNode {

                /**
                 * Constructs a new MsgRemoveResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgRemoveResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgRemoveResourceNode resourceNodeAddress. */
                resourceNodeAddress: string;

                /** MsgRemoveResourceNode ownerAddress. */
                ownerAddress: string;

                /**
                 * Creates a new MsgRemoveResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRemoveResourceNode instance
                 */
                static create(properties: stratos.register.v1.MsgRemoveResourceNode.$Shape): stratos.register.v1.MsgRemoveResourceNode & stratos.register.v1.MsgRemoveResourceNode.$Shape;
                static create(properties?: stratos.register.v1.MsgRemoveResourceNode.$Properties): stratos.register.v1.MsgRemoveResourceNode;

                /**
                 * Encodes the specified MsgRemoveResourceNode message. Does not implicitly {@link stratos.register.v1.MsgRemoveResourceNode.verify|verify} messages.
                 * @param message MsgRemoveResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgRemoveResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRemoveResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgRemoveResourceNode & stratos.register.v1.MsgRemoveResourceNode.$Shape} MsgRemoveResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgRemoveResourceNode & stratos.register.v1.MsgRemoveResourceNode.$Shape;

                /**
                 * Verifies a MsgRemoveResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRemoveResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRemoveResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgRemoveResourceNode;

                /**
                 * Creates a plain object from a MsgRemoveResourceNode message. Also converts values to other types if specified.
                 * @param message MsgRemoveResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgRemoveResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRemoveResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRemoveResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveResourceNode {

                /** Properties of a MsgRemoveResourceNode. */
                interface $Properties {

                    /** MsgRemoveResourceNode resourceNodeAddress */
                    resourceNodeAddress?: (string|null);

                    /** MsgRemoveResourceNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRemoveResourceNode. */
                type $Shape = stratos.register.v1.MsgRemoveResourceNode.$Properties;
            }

            /**
             * Properties of a MsgRemoveResourceNodeResponse.
             * @deprecated Use stratos.register.v1.MsgRemoveResourceNodeResponse.$Properties instead.
             */
            interface IMsgRemoveResourceNodeResponse extends stratos.register.v1.MsgRemoveResourceNodeResponse.$Properties {
            }

            /** Represents a MsgRemoveResourceNodeResponse. */
            class MsgRemoveResourceNodeResponse {

                /**
                 * Constructs a new MsgRemoveResourceNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgRemoveResourceNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgRemoveResourceNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRemoveResourceNodeResponse instance
                 */
                static create(properties: stratos.register.v1.MsgRemoveResourceNodeResponse.$Shape): stratos.register.v1.MsgRemoveResourceNodeResponse & stratos.register.v1.MsgRemoveResourceNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgRemoveResourceNodeResponse.$Properties): stratos.register.v1.MsgRemoveResourceNodeResponse;

                /**
                 * Encodes the specified MsgRemoveResourceNodeResponse message. Does not implicitly {@link stratos.register.v1.MsgRemoveResourceNodeResponse.verify|verify} messages.
                 * @param message MsgRemoveResourceNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgRemoveResourceNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRemoveResourceNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgRemoveResourceNodeResponse & stratos.register.v1.MsgRemoveResourceNodeResponse.$Shape} MsgRemoveResourceNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgRemoveResourceNodeResponse & stratos.register.v1.MsgRemoveResourceNodeResponse.$Shape;

                /**
                 * Verifies a MsgRemoveResourceNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRemoveResourceNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRemoveResourceNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgRemoveResourceNodeResponse;

                /**
                 * Creates a plain object from a MsgRemoveResourceNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgRemoveResourceNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgRemoveResourceNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRemoveResourceNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRemoveResourceNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveResourceNodeResponse {

                /** Properties of a MsgRemoveResourceNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRemoveResourceNodeResponse. */
                type $Shape = stratos.register.v1.MsgRemoveResourceNodeResponse.$Properties;
            }

            /**
             * Properties of a MsgRemoveMetaNode.
             * @deprecated Use stratos.register.v1.MsgRemoveMetaNode.$Properties instead.
             */
            interface IMsgRemoveMetaNode extends stratos.register.v1.MsgRemoveMetaNode.$Properties {
            }

            /** Represents a MsgRemoveMetaNode. */
            class MsgRemoveMetaNode {

                /**
                 * Constructs a new MsgRemoveMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgRemoveMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgRemoveMetaNode metaNodeAddress. */
                metaNodeAddress: string;

                /** MsgRemoveMetaNode ownerAddress. */
                ownerAddress: string;

                /**
                 * Creates a new MsgRemoveMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRemoveMetaNode instance
                 */
                static create(properties: stratos.register.v1.MsgRemoveMetaNode.$Shape): stratos.register.v1.MsgRemoveMetaNode & stratos.register.v1.MsgRemoveMetaNode.$Shape;
                static create(properties?: stratos.register.v1.MsgRemoveMetaNode.$Properties): stratos.register.v1.MsgRemoveMetaNode;

                /**
                 * Encodes the specified MsgRemoveMetaNode message. Does not implicitly {@link stratos.register.v1.MsgRemoveMetaNode.verify|verify} messages.
                 * @param message MsgRemoveMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgRemoveMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRemoveMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgRemoveMetaNode & stratos.register.v1.MsgRemoveMetaNode.$Shape} MsgRemoveMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgRemoveMetaNode & stratos.register.v1.MsgRemoveMetaNode.$Shape;

                /**
                 * Verifies a MsgRemoveMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRemoveMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRemoveMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgRemoveMetaNode;

                /**
                 * Creates a plain object from a MsgRemoveMetaNode message. Also converts values to other types if specified.
                 * @param message MsgRemoveMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgRemoveMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRemoveMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRemoveMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveMetaNode {

                /** Properties of a MsgRemoveMetaNode. */
                interface $Properties {

                    /** MsgRemoveMetaNode metaNodeAddress */
                    metaNodeAddress?: (string|null);

                    /** MsgRemoveMetaNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRemoveMetaNode. */
                type $Shape = stratos.register.v1.MsgRemoveMetaNode.$Properties;
            }

            /**
             * Properties of a MsgRemoveMetaNodeResponse.
             * @deprecated Use stratos.register.v1.MsgRemoveMetaNodeResponse.$Properties instead.
             */
            interface IMsgRemoveMetaNodeResponse extends stratos.register.v1.MsgRemoveMetaNodeResponse.$Properties {
            }

            /** Represents a MsgRemoveMetaNodeResponse. */
            class MsgRemoveMetaNodeResponse {

                /**
                 * Constructs a new MsgRemoveMetaNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgRemoveMetaNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgRemoveMetaNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRemoveMetaNodeResponse instance
                 */
                static create(properties: stratos.register.v1.MsgRemoveMetaNodeResponse.$Shape): stratos.register.v1.MsgRemoveMetaNodeResponse & stratos.register.v1.MsgRemoveMetaNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgRemoveMetaNodeResponse.$Properties): stratos.register.v1.MsgRemoveMetaNodeResponse;

                /**
                 * Encodes the specified MsgRemoveMetaNodeResponse message. Does not implicitly {@link stratos.register.v1.MsgRemoveMetaNodeResponse.verify|verify} messages.
                 * @param message MsgRemoveMetaNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgRemoveMetaNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRemoveMetaNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgRemoveMetaNodeResponse & stratos.register.v1.MsgRemoveMetaNodeResponse.$Shape} MsgRemoveMetaNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgRemoveMetaNodeResponse & stratos.register.v1.MsgRemoveMetaNodeResponse.$Shape;

                /**
                 * Verifies a MsgRemoveMetaNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgRemoveMetaNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgRemoveMetaNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgRemoveMetaNodeResponse;

                /**
                 * Creates a plain object from a MsgRemoveMetaNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgRemoveMetaNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgRemoveMetaNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgRemoveMetaNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgRemoveMetaNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgRemoveMetaNodeResponse {

                /** Properties of a MsgRemoveMetaNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgRemoveMetaNodeResponse. */
                type $Shape = stratos.register.v1.MsgRemoveMetaNodeResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateResourceNode.
             * @deprecated Use stratos.register.v1.MsgUpdateResourceNode.$Properties instead.
             */
            interface IMsgUpdateResourceNode extends stratos.register.v1.MsgUpdateResourceNode.$Properties {
            }

            /** Represents a MsgUpdateResourceNode. */
            class MsgUpdateResourceNode {

                /**
                 * Constructs a new MsgUpdateResourceNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateResourceNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateResourceNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** MsgUpdateResourceNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /** MsgUpdateResourceNode networkAddress. */
                networkAddress: string;

                /** MsgUpdateResourceNode ownerAddress. */
                ownerAddress: string;

                /** MsgUpdateResourceNode nodeType. */
                nodeType: number;

                /**
                 * Creates a new MsgUpdateResourceNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateResourceNode instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateResourceNode.$Shape): stratos.register.v1.MsgUpdateResourceNode & stratos.register.v1.MsgUpdateResourceNode.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateResourceNode.$Properties): stratos.register.v1.MsgUpdateResourceNode;

                /**
                 * Encodes the specified MsgUpdateResourceNode message. Does not implicitly {@link stratos.register.v1.MsgUpdateResourceNode.verify|verify} messages.
                 * @param message MsgUpdateResourceNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateResourceNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateResourceNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateResourceNode & stratos.register.v1.MsgUpdateResourceNode.$Shape} MsgUpdateResourceNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateResourceNode & stratos.register.v1.MsgUpdateResourceNode.$Shape;

                /**
                 * Verifies a MsgUpdateResourceNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateResourceNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateResourceNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateResourceNode;

                /**
                 * Creates a plain object from a MsgUpdateResourceNode message. Also converts values to other types if specified.
                 * @param message MsgUpdateResourceNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateResourceNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateResourceNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateResourceNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateResourceNode {

                /** Properties of a MsgUpdateResourceNode. */
                interface $Properties {

                    /** MsgUpdateResourceNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** MsgUpdateResourceNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** MsgUpdateResourceNode networkAddress */
                    networkAddress?: (string|null);

                    /** MsgUpdateResourceNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** MsgUpdateResourceNode nodeType */
                    nodeType?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateResourceNode. */
                type $Shape = stratos.register.v1.MsgUpdateResourceNode.$Properties;
            }

            /**
             * Properties of a MsgUpdateResourceNodeResponse.
             * @deprecated Use stratos.register.v1.MsgUpdateResourceNodeResponse.$Properties instead.
             */
            interface IMsgUpdateResourceNodeResponse extends stratos.register.v1.MsgUpdateResourceNodeResponse.$Properties {
            }

            /** Represents a MsgUpdateResourceNodeResponse. */
            class MsgUpdateResourceNodeResponse {

                /**
                 * Constructs a new MsgUpdateResourceNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateResourceNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateResourceNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateResourceNodeResponse instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateResourceNodeResponse.$Shape): stratos.register.v1.MsgUpdateResourceNodeResponse & stratos.register.v1.MsgUpdateResourceNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateResourceNodeResponse.$Properties): stratos.register.v1.MsgUpdateResourceNodeResponse;

                /**
                 * Encodes the specified MsgUpdateResourceNodeResponse message. Does not implicitly {@link stratos.register.v1.MsgUpdateResourceNodeResponse.verify|verify} messages.
                 * @param message MsgUpdateResourceNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateResourceNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateResourceNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateResourceNodeResponse & stratos.register.v1.MsgUpdateResourceNodeResponse.$Shape} MsgUpdateResourceNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateResourceNodeResponse & stratos.register.v1.MsgUpdateResourceNodeResponse.$Shape;

                /**
                 * Verifies a MsgUpdateResourceNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateResourceNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateResourceNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateResourceNodeResponse;

                /**
                 * Creates a plain object from a MsgUpdateResourceNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateResourceNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateResourceNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateResourceNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateResourceNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateResourceNodeResponse {

                /** Properties of a MsgUpdateResourceNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateResourceNodeResponse. */
                type $Shape = stratos.register.v1.MsgUpdateResourceNodeResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateMetaNode.
             * @deprecated Use stratos.register.v1.MsgUpdateMetaNode.$Properties instead.
             */
            interface IMsgUpdateMetaNode extends stratos.register.v1.MsgUpdateMetaNode.$Properties {
            }

            /** Represents a MsgUpdateMetaNode. */
            class MsgUpdateMetaNode {

                /**
                 * Constructs a new MsgUpdateMetaNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateMetaNode.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateMetaNode description. */
                description?: (stratos.register.v1.Description.$Properties|null);

                /** MsgUpdateMetaNode beneficiaryAddress. */
                beneficiaryAddress: string;

                /** MsgUpdateMetaNode networkAddress. */
                networkAddress: string;

                /** MsgUpdateMetaNode ownerAddress. */
                ownerAddress: string;

                /** MsgUpdateMetaNode blsPubKey. */
                blsPubKey: Uint8Array;

                /** MsgUpdateMetaNode blsPop. */
                blsPop: Uint8Array;

                /**
                 * Creates a new MsgUpdateMetaNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateMetaNode instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateMetaNode.$Shape): stratos.register.v1.MsgUpdateMetaNode & stratos.register.v1.MsgUpdateMetaNode.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateMetaNode.$Properties): stratos.register.v1.MsgUpdateMetaNode;

                /**
                 * Encodes the specified MsgUpdateMetaNode message. Does not implicitly {@link stratos.register.v1.MsgUpdateMetaNode.verify|verify} messages.
                 * @param message MsgUpdateMetaNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateMetaNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateMetaNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateMetaNode & stratos.register.v1.MsgUpdateMetaNode.$Shape} MsgUpdateMetaNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateMetaNode & stratos.register.v1.MsgUpdateMetaNode.$Shape;

                /**
                 * Verifies a MsgUpdateMetaNode message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateMetaNode message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateMetaNode
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateMetaNode;

                /**
                 * Creates a plain object from a MsgUpdateMetaNode message. Also converts values to other types if specified.
                 * @param message MsgUpdateMetaNode
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateMetaNode, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateMetaNode to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateMetaNode
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateMetaNode {

                /** Properties of a MsgUpdateMetaNode. */
                interface $Properties {

                    /** MsgUpdateMetaNode description */
                    description?: (stratos.register.v1.Description.$Properties|null);

                    /** MsgUpdateMetaNode beneficiaryAddress */
                    beneficiaryAddress?: (string|null);

                    /** MsgUpdateMetaNode networkAddress */
                    networkAddress?: (string|null);

                    /** MsgUpdateMetaNode ownerAddress */
                    ownerAddress?: (string|null);

                    /** MsgUpdateMetaNode blsPubKey */
                    blsPubKey?: (Uint8Array|null);

                    /** MsgUpdateMetaNode blsPop */
                    blsPop?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateMetaNode. */
                type $Shape = stratos.register.v1.MsgUpdateMetaNode.$Properties;
            }

            /**
             * Properties of a MsgUpdateMetaNodeResponse.
             * @deprecated Use stratos.register.v1.MsgUpdateMetaNodeResponse.$Properties instead.
             */
            interface IMsgUpdateMetaNodeResponse extends stratos.register.v1.MsgUpdateMetaNodeResponse.$Properties {
            }

            /** Represents a MsgUpdateMetaNodeResponse. */
            class MsgUpdateMetaNodeResponse {

                /**
                 * Constructs a new MsgUpdateMetaNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateMetaNodeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateMetaNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateMetaNodeResponse instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateMetaNodeResponse.$Shape): stratos.register.v1.MsgUpdateMetaNodeResponse & stratos.register.v1.MsgUpdateMetaNodeResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateMetaNodeResponse.$Properties): stratos.register.v1.MsgUpdateMetaNodeResponse;

                /**
                 * Encodes the specified MsgUpdateMetaNodeResponse message. Does not implicitly {@link stratos.register.v1.MsgUpdateMetaNodeResponse.verify|verify} messages.
                 * @param message MsgUpdateMetaNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateMetaNodeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateMetaNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateMetaNodeResponse & stratos.register.v1.MsgUpdateMetaNodeResponse.$Shape} MsgUpdateMetaNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateMetaNodeResponse & stratos.register.v1.MsgUpdateMetaNodeResponse.$Shape;

                /**
                 * Verifies a MsgUpdateMetaNodeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateMetaNodeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateMetaNodeResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateMetaNodeResponse;

                /**
                 * Creates a plain object from a MsgUpdateMetaNodeResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateMetaNodeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateMetaNodeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateMetaNodeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateMetaNodeResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateMetaNodeResponse {

                /** Properties of a MsgUpdateMetaNodeResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateMetaNodeResponse. */
                type $Shape = stratos.register.v1.MsgUpdateMetaNodeResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateResourceNodeDeposit.
             * @deprecated Use stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties instead.
             */
            interface IMsgUpdateResourceNodeDeposit extends stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties {
            }

            /** Represents a MsgUpdateResourceNodeDeposit. */
            class MsgUpdateResourceNodeDeposit {

                /**
                 * Constructs a new MsgUpdateResourceNodeDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateResourceNodeDeposit networkAddress. */
                networkAddress: string;

                /** MsgUpdateResourceNodeDeposit ownerAddress. */
                ownerAddress: string;

                /** MsgUpdateResourceNodeDeposit depositDelta. */
                depositDelta?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /**
                 * Creates a new MsgUpdateResourceNodeDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateResourceNodeDeposit instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateResourceNodeDeposit.$Shape): stratos.register.v1.MsgUpdateResourceNodeDeposit & stratos.register.v1.MsgUpdateResourceNodeDeposit.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties): stratos.register.v1.MsgUpdateResourceNodeDeposit;

                /**
                 * Encodes the specified MsgUpdateResourceNodeDeposit message. Does not implicitly {@link stratos.register.v1.MsgUpdateResourceNodeDeposit.verify|verify} messages.
                 * @param message MsgUpdateResourceNodeDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateResourceNodeDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateResourceNodeDeposit & stratos.register.v1.MsgUpdateResourceNodeDeposit.$Shape} MsgUpdateResourceNodeDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateResourceNodeDeposit & stratos.register.v1.MsgUpdateResourceNodeDeposit.$Shape;

                /**
                 * Verifies a MsgUpdateResourceNodeDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateResourceNodeDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateResourceNodeDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateResourceNodeDeposit;

                /**
                 * Creates a plain object from a MsgUpdateResourceNodeDeposit message. Also converts values to other types if specified.
                 * @param message MsgUpdateResourceNodeDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateResourceNodeDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateResourceNodeDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateResourceNodeDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateResourceNodeDeposit {

                /** Properties of a MsgUpdateResourceNodeDeposit. */
                interface $Properties {

                    /** MsgUpdateResourceNodeDeposit networkAddress */
                    networkAddress?: (string|null);

                    /** MsgUpdateResourceNodeDeposit ownerAddress */
                    ownerAddress?: (string|null);

                    /** MsgUpdateResourceNodeDeposit depositDelta */
                    depositDelta?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateResourceNodeDeposit. */
                type $Shape = stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties;
            }

            /**
             * Properties of a MsgUpdateResourceNodeDepositResponse.
             * @deprecated Use stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Properties instead.
             */
            interface IMsgUpdateResourceNodeDepositResponse extends stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Properties {
            }

            /** Represents a MsgUpdateResourceNodeDepositResponse. */
            class MsgUpdateResourceNodeDepositResponse {

                /**
                 * Constructs a new MsgUpdateResourceNodeDepositResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateResourceNodeDepositResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateResourceNodeDepositResponse instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Shape): stratos.register.v1.MsgUpdateResourceNodeDepositResponse & stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Properties): stratos.register.v1.MsgUpdateResourceNodeDepositResponse;

                /**
                 * Encodes the specified MsgUpdateResourceNodeDepositResponse message. Does not implicitly {@link stratos.register.v1.MsgUpdateResourceNodeDepositResponse.verify|verify} messages.
                 * @param message MsgUpdateResourceNodeDepositResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateResourceNodeDepositResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateResourceNodeDepositResponse & stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Shape} MsgUpdateResourceNodeDepositResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateResourceNodeDepositResponse & stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Shape;

                /**
                 * Verifies a MsgUpdateResourceNodeDepositResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateResourceNodeDepositResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateResourceNodeDepositResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateResourceNodeDepositResponse;

                /**
                 * Creates a plain object from a MsgUpdateResourceNodeDepositResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateResourceNodeDepositResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateResourceNodeDepositResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateResourceNodeDepositResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateResourceNodeDepositResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateResourceNodeDepositResponse {

                /** Properties of a MsgUpdateResourceNodeDepositResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateResourceNodeDepositResponse. */
                type $Shape = stratos.register.v1.MsgUpdateResourceNodeDepositResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateEffectiveDeposit.
             * @deprecated Use stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties instead.
             */
            interface IMsgUpdateEffectiveDeposit extends stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties {
            }

            /** Represents a MsgUpdateEffectiveDeposit. */
            class MsgUpdateEffectiveDeposit {

                /**
                 * Constructs a new MsgUpdateEffectiveDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateEffectiveDeposit reporters. */
                reporters: string[];

                /** MsgUpdateEffectiveDeposit reporterOwner. */
                reporterOwner: string[];

                /** MsgUpdateEffectiveDeposit networkAddress. */
                networkAddress: string;

                /** MsgUpdateEffectiveDeposit effectiveTokens. */
                effectiveTokens: string;

                /**
                 * Creates a new MsgUpdateEffectiveDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateEffectiveDeposit instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateEffectiveDeposit.$Shape): stratos.register.v1.MsgUpdateEffectiveDeposit & stratos.register.v1.MsgUpdateEffectiveDeposit.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties): stratos.register.v1.MsgUpdateEffectiveDeposit;

                /**
                 * Encodes the specified MsgUpdateEffectiveDeposit message. Does not implicitly {@link stratos.register.v1.MsgUpdateEffectiveDeposit.verify|verify} messages.
                 * @param message MsgUpdateEffectiveDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateEffectiveDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateEffectiveDeposit & stratos.register.v1.MsgUpdateEffectiveDeposit.$Shape} MsgUpdateEffectiveDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateEffectiveDeposit & stratos.register.v1.MsgUpdateEffectiveDeposit.$Shape;

                /**
                 * Verifies a MsgUpdateEffectiveDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateEffectiveDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateEffectiveDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateEffectiveDeposit;

                /**
                 * Creates a plain object from a MsgUpdateEffectiveDeposit message. Also converts values to other types if specified.
                 * @param message MsgUpdateEffectiveDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateEffectiveDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateEffectiveDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateEffectiveDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateEffectiveDeposit {

                /** Properties of a MsgUpdateEffectiveDeposit. */
                interface $Properties {

                    /** MsgUpdateEffectiveDeposit reporters */
                    reporters?: (string[]|null);

                    /** MsgUpdateEffectiveDeposit reporterOwner */
                    reporterOwner?: (string[]|null);

                    /** MsgUpdateEffectiveDeposit networkAddress */
                    networkAddress?: (string|null);

                    /** MsgUpdateEffectiveDeposit effectiveTokens */
                    effectiveTokens?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateEffectiveDeposit. */
                type $Shape = stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties;
            }

            /**
             * Properties of a MsgUpdateEffectiveDepositResponse.
             * @deprecated Use stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Properties instead.
             */
            interface IMsgUpdateEffectiveDepositResponse extends stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Properties {
            }

            /** Represents a MsgUpdateEffectiveDepositResponse. */
            class MsgUpdateEffectiveDepositResponse {

                /**
                 * Constructs a new MsgUpdateEffectiveDepositResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateEffectiveDepositResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateEffectiveDepositResponse instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Shape): stratos.register.v1.MsgUpdateEffectiveDepositResponse & stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Properties): stratos.register.v1.MsgUpdateEffectiveDepositResponse;

                /**
                 * Encodes the specified MsgUpdateEffectiveDepositResponse message. Does not implicitly {@link stratos.register.v1.MsgUpdateEffectiveDepositResponse.verify|verify} messages.
                 * @param message MsgUpdateEffectiveDepositResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateEffectiveDepositResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateEffectiveDepositResponse & stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Shape} MsgUpdateEffectiveDepositResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateEffectiveDepositResponse & stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Shape;

                /**
                 * Verifies a MsgUpdateEffectiveDepositResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateEffectiveDepositResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateEffectiveDepositResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateEffectiveDepositResponse;

                /**
                 * Creates a plain object from a MsgUpdateEffectiveDepositResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateEffectiveDepositResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateEffectiveDepositResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateEffectiveDepositResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateEffectiveDepositResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateEffectiveDepositResponse {

                /** Properties of a MsgUpdateEffectiveDepositResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateEffectiveDepositResponse. */
                type $Shape = stratos.register.v1.MsgUpdateEffectiveDepositResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateMetaNodeDeposit.
             * @deprecated Use stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties instead.
             */
            interface IMsgUpdateMetaNodeDeposit extends stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties {
            }

            /** Represents a MsgUpdateMetaNodeDeposit. */
            class MsgUpdateMetaNodeDeposit {

                /**
                 * Constructs a new MsgUpdateMetaNodeDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateMetaNodeDeposit networkAddress. */
                networkAddress: string;

                /** MsgUpdateMetaNodeDeposit ownerAddress. */
                ownerAddress: string;

                /** MsgUpdateMetaNodeDeposit depositDelta. */
                depositDelta?: (cosmos.base.v1beta1.Coin.$Properties|null);

                /**
                 * Creates a new MsgUpdateMetaNodeDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateMetaNodeDeposit instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateMetaNodeDeposit.$Shape): stratos.register.v1.MsgUpdateMetaNodeDeposit & stratos.register.v1.MsgUpdateMetaNodeDeposit.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties): stratos.register.v1.MsgUpdateMetaNodeDeposit;

                /**
                 * Encodes the specified MsgUpdateMetaNodeDeposit message. Does not implicitly {@link stratos.register.v1.MsgUpdateMetaNodeDeposit.verify|verify} messages.
                 * @param message MsgUpdateMetaNodeDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateMetaNodeDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateMetaNodeDeposit & stratos.register.v1.MsgUpdateMetaNodeDeposit.$Shape} MsgUpdateMetaNodeDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateMetaNodeDeposit & stratos.register.v1.MsgUpdateMetaNodeDeposit.$Shape;

                /**
                 * Verifies a MsgUpdateMetaNodeDeposit message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateMetaNodeDeposit message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateMetaNodeDeposit
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateMetaNodeDeposit;

                /**
                 * Creates a plain object from a MsgUpdateMetaNodeDeposit message. Also converts values to other types if specified.
                 * @param message MsgUpdateMetaNodeDeposit
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateMetaNodeDeposit, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateMetaNodeDeposit to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateMetaNodeDeposit
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateMetaNodeDeposit {

                /** Properties of a MsgUpdateMetaNodeDeposit. */
                interface $Properties {

                    /** MsgUpdateMetaNodeDeposit networkAddress */
                    networkAddress?: (string|null);

                    /** MsgUpdateMetaNodeDeposit ownerAddress */
                    ownerAddress?: (string|null);

                    /** MsgUpdateMetaNodeDeposit depositDelta */
                    depositDelta?: (cosmos.base.v1beta1.Coin.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateMetaNodeDeposit. */
                type $Shape = stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties;
            }

            /**
             * Properties of a MsgUpdateMetaNodeDepositResponse.
             * @deprecated Use stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Properties instead.
             */
            interface IMsgUpdateMetaNodeDepositResponse extends stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Properties {
            }

            /** Represents a MsgUpdateMetaNodeDepositResponse. */
            class MsgUpdateMetaNodeDepositResponse {

                /**
                 * Constructs a new MsgUpdateMetaNodeDepositResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateMetaNodeDepositResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateMetaNodeDepositResponse instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Shape): stratos.register.v1.MsgUpdateMetaNodeDepositResponse & stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Properties): stratos.register.v1.MsgUpdateMetaNodeDepositResponse;

                /**
                 * Encodes the specified MsgUpdateMetaNodeDepositResponse message. Does not implicitly {@link stratos.register.v1.MsgUpdateMetaNodeDepositResponse.verify|verify} messages.
                 * @param message MsgUpdateMetaNodeDepositResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateMetaNodeDepositResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateMetaNodeDepositResponse & stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Shape} MsgUpdateMetaNodeDepositResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateMetaNodeDepositResponse & stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Shape;

                /**
                 * Verifies a MsgUpdateMetaNodeDepositResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateMetaNodeDepositResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateMetaNodeDepositResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateMetaNodeDepositResponse;

                /**
                 * Creates a plain object from a MsgUpdateMetaNodeDepositResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateMetaNodeDepositResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateMetaNodeDepositResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateMetaNodeDepositResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateMetaNodeDepositResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateMetaNodeDepositResponse {

                /** Properties of a MsgUpdateMetaNodeDepositResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateMetaNodeDepositResponse. */
                type $Shape = stratos.register.v1.MsgUpdateMetaNodeDepositResponse.$Properties;
            }

            /**
             * Properties of a MsgMetaNodeRegistrationVote.
             * @deprecated Use stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties instead.
             */
            interface IMsgMetaNodeRegistrationVote extends stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties {
            }

            /** Represents a MsgMetaNodeRegistrationVote. */
            class MsgMetaNodeRegistrationVote {

                /**
                 * Constructs a new MsgMetaNodeRegistrationVote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgMetaNodeRegistrationVote candidateNetworkAddress. */
                candidateNetworkAddress: string;

                /** MsgMetaNodeRegistrationVote candidateOwnerAddress. */
                candidateOwnerAddress: string;

                /** MsgMetaNodeRegistrationVote opinion. */
                opinion: boolean;

                /** MsgMetaNodeRegistrationVote voterNetworkAddress. */
                voterNetworkAddress: string;

                /** MsgMetaNodeRegistrationVote voterOwnerAddress. */
                voterOwnerAddress: string;

                /**
                 * Creates a new MsgMetaNodeRegistrationVote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgMetaNodeRegistrationVote instance
                 */
                static create(properties: stratos.register.v1.MsgMetaNodeRegistrationVote.$Shape): stratos.register.v1.MsgMetaNodeRegistrationVote & stratos.register.v1.MsgMetaNodeRegistrationVote.$Shape;
                static create(properties?: stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties): stratos.register.v1.MsgMetaNodeRegistrationVote;

                /**
                 * Encodes the specified MsgMetaNodeRegistrationVote message. Does not implicitly {@link stratos.register.v1.MsgMetaNodeRegistrationVote.verify|verify} messages.
                 * @param message MsgMetaNodeRegistrationVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgMetaNodeRegistrationVote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgMetaNodeRegistrationVote & stratos.register.v1.MsgMetaNodeRegistrationVote.$Shape} MsgMetaNodeRegistrationVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgMetaNodeRegistrationVote & stratos.register.v1.MsgMetaNodeRegistrationVote.$Shape;

                /**
                 * Verifies a MsgMetaNodeRegistrationVote message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgMetaNodeRegistrationVote message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgMetaNodeRegistrationVote
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgMetaNodeRegistrationVote;

                /**
                 * Creates a plain object from a MsgMetaNodeRegistrationVote message. Also converts values to other types if specified.
                 * @param message MsgMetaNodeRegistrationVote
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgMetaNodeRegistrationVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgMetaNodeRegistrationVote to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgMetaNodeRegistrationVote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgMetaNodeRegistrationVote {

                /** Properties of a MsgMetaNodeRegistrationVote. */
                interface $Properties {

                    /** MsgMetaNodeRegistrationVote candidateNetworkAddress */
                    candidateNetworkAddress?: (string|null);

                    /** MsgMetaNodeRegistrationVote candidateOwnerAddress */
                    candidateOwnerAddress?: (string|null);

                    /** MsgMetaNodeRegistrationVote opinion */
                    opinion?: (boolean|null);

                    /** MsgMetaNodeRegistrationVote voterNetworkAddress */
                    voterNetworkAddress?: (string|null);

                    /** MsgMetaNodeRegistrationVote voterOwnerAddress */
                    voterOwnerAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgMetaNodeRegistrationVote. */
                type $Shape = stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties;
            }

            /**
             * Properties of a MsgMetaNodeRegistrationVoteResponse.
             * @deprecated Use stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Properties instead.
             */
            interface IMsgMetaNodeRegistrationVoteResponse extends stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Properties {
            }

            /** Represents a MsgMetaNodeRegistrationVoteResponse. */
            class MsgMetaNodeRegistrationVoteResponse {

                /**
                 * Constructs a new MsgMetaNodeRegistrationVoteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgMetaNodeRegistrationVoteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgMetaNodeRegistrationVoteResponse instance
                 */
                static create(properties: stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Shape): stratos.register.v1.MsgMetaNodeRegistrationVoteResponse & stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Properties): stratos.register.v1.MsgMetaNodeRegistrationVoteResponse;

                /**
                 * Encodes the specified MsgMetaNodeRegistrationVoteResponse message. Does not implicitly {@link stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.verify|verify} messages.
                 * @param message MsgMetaNodeRegistrationVoteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgMetaNodeRegistrationVoteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgMetaNodeRegistrationVoteResponse & stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Shape} MsgMetaNodeRegistrationVoteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgMetaNodeRegistrationVoteResponse & stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Shape;

                /**
                 * Verifies a MsgMetaNodeRegistrationVoteResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgMetaNodeRegistrationVoteResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgMetaNodeRegistrationVoteResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgMetaNodeRegistrationVoteResponse;

                /**
                 * Creates a plain object from a MsgMetaNodeRegistrationVoteResponse message. Also converts values to other types if specified.
                 * @param message MsgMetaNodeRegistrationVoteResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgMetaNodeRegistrationVoteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgMetaNodeRegistrationVoteResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgMetaNodeRegistrationVoteResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgMetaNodeRegistrationVoteResponse {

                /** Properties of a MsgMetaNodeRegistrationVoteResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgMetaNodeRegistrationVoteResponse. */
                type $Shape = stratos.register.v1.MsgMetaNodeRegistrationVoteResponse.$Properties;
            }

            /**
             * Properties of a MsgKickMetaNodeVote.
             * @deprecated Use stratos.register.v1.MsgKickMetaNodeVote.$Properties instead.
             */
            interface IMsgKickMetaNodeVote extends stratos.register.v1.MsgKickMetaNodeVote.$Properties {
            }

            /** Represents a MsgKickMetaNodeVote. */
            class MsgKickMetaNodeVote {

                /**
                 * Constructs a new MsgKickMetaNodeVote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgKickMetaNodeVote.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgKickMetaNodeVote targetNetworkAddress. */
                targetNetworkAddress: string;

                /** MsgKickMetaNodeVote opinion. */
                opinion: boolean;

                /** MsgKickMetaNodeVote voterNetworkAddress. */
                voterNetworkAddress: string;

                /** MsgKickMetaNodeVote voterOwnerAddress. */
                voterOwnerAddress: string;

                /**
                 * Creates a new MsgKickMetaNodeVote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgKickMetaNodeVote instance
                 */
                static create(properties: stratos.register.v1.MsgKickMetaNodeVote.$Shape): stratos.register.v1.MsgKickMetaNodeVote & stratos.register.v1.MsgKickMetaNodeVote.$Shape;
                static create(properties?: stratos.register.v1.MsgKickMetaNodeVote.$Properties): stratos.register.v1.MsgKickMetaNodeVote;

                /**
                 * Encodes the specified MsgKickMetaNodeVote message. Does not implicitly {@link stratos.register.v1.MsgKickMetaNodeVote.verify|verify} messages.
                 * @param message MsgKickMetaNodeVote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgKickMetaNodeVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgKickMetaNodeVote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgKickMetaNodeVote & stratos.register.v1.MsgKickMetaNodeVote.$Shape} MsgKickMetaNodeVote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgKickMetaNodeVote & stratos.register.v1.MsgKickMetaNodeVote.$Shape;

                /**
                 * Verifies a MsgKickMetaNodeVote message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgKickMetaNodeVote message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgKickMetaNodeVote
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgKickMetaNodeVote;

                /**
                 * Creates a plain object from a MsgKickMetaNodeVote message. Also converts values to other types if specified.
                 * @param message MsgKickMetaNodeVote
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgKickMetaNodeVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgKickMetaNodeVote to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgKickMetaNodeVote
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgKickMetaNodeVote {

                /** Properties of a MsgKickMetaNodeVote. */
                interface $Properties {

                    /** MsgKickMetaNodeVote targetNetworkAddress */
                    targetNetworkAddress?: (string|null);

                    /** MsgKickMetaNodeVote opinion */
                    opinion?: (boolean|null);

                    /** MsgKickMetaNodeVote voterNetworkAddress */
                    voterNetworkAddress?: (string|null);

                    /** MsgKickMetaNodeVote voterOwnerAddress */
                    voterOwnerAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgKickMetaNodeVote. */
                type $Shape = stratos.register.v1.MsgKickMetaNodeVote.$Properties;
            }

            /**
             * Properties of a MsgKickMetaNodeVoteResponse.
             * @deprecated Use stratos.register.v1.MsgKickMetaNodeVoteResponse.$Properties instead.
             */
            interface IMsgKickMetaNodeVoteResponse extends stratos.register.v1.MsgKickMetaNodeVoteResponse.$Properties {
            }

            /** Represents a MsgKickMetaNodeVoteResponse. */
            class MsgKickMetaNodeVoteResponse {

                /**
                 * Constructs a new MsgKickMetaNodeVoteResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgKickMetaNodeVoteResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgKickMetaNodeVoteResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgKickMetaNodeVoteResponse instance
                 */
                static create(properties: stratos.register.v1.MsgKickMetaNodeVoteResponse.$Shape): stratos.register.v1.MsgKickMetaNodeVoteResponse & stratos.register.v1.MsgKickMetaNodeVoteResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgKickMetaNodeVoteResponse.$Properties): stratos.register.v1.MsgKickMetaNodeVoteResponse;

                /**
                 * Encodes the specified MsgKickMetaNodeVoteResponse message. Does not implicitly {@link stratos.register.v1.MsgKickMetaNodeVoteResponse.verify|verify} messages.
                 * @param message MsgKickMetaNodeVoteResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgKickMetaNodeVoteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgKickMetaNodeVoteResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgKickMetaNodeVoteResponse & stratos.register.v1.MsgKickMetaNodeVoteResponse.$Shape} MsgKickMetaNodeVoteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgKickMetaNodeVoteResponse & stratos.register.v1.MsgKickMetaNodeVoteResponse.$Shape;

                /**
                 * Verifies a MsgKickMetaNodeVoteResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgKickMetaNodeVoteResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgKickMetaNodeVoteResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgKickMetaNodeVoteResponse;

                /**
                 * Creates a plain object from a MsgKickMetaNodeVoteResponse message. Also converts values to other types if specified.
                 * @param message MsgKickMetaNodeVoteResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgKickMetaNodeVoteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgKickMetaNodeVoteResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgKickMetaNodeVoteResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgKickMetaNodeVoteResponse {

                /** Properties of a MsgKickMetaNodeVoteResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgKickMetaNodeVoteResponse. */
                type $Shape = stratos.register.v1.MsgKickMetaNodeVoteResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use stratos.register.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends stratos.register.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (stratos.register.v1.Params.$Properties|null);

                /**
                 * Creates a new MsgUpdateParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParams instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateParams.$Shape): stratos.register.v1.MsgUpdateParams & stratos.register.v1.MsgUpdateParams.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateParams.$Properties): stratos.register.v1.MsgUpdateParams;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link stratos.register.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateParams & stratos.register.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateParams & stratos.register.v1.MsgUpdateParams.$Shape;

                /**
                 * Verifies a MsgUpdateParams message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (stratos.register.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = stratos.register.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use stratos.register.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends stratos.register.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.register.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParamsResponse instance
                 */
                static create(properties: stratos.register.v1.MsgUpdateParamsResponse.$Shape): stratos.register.v1.MsgUpdateParamsResponse & stratos.register.v1.MsgUpdateParamsResponse.$Shape;
                static create(properties?: stratos.register.v1.MsgUpdateParamsResponse.$Properties): stratos.register.v1.MsgUpdateParamsResponse;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link stratos.register.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.register.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.register.v1.MsgUpdateParamsResponse & stratos.register.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.register.v1.MsgUpdateParamsResponse & stratos.register.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Verifies a MsgUpdateParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.register.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.register.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = stratos.register.v1.MsgUpdateParamsResponse.$Properties;
            }
        }
    }

    /** Namespace sds. */
    namespace sds {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EventPrePay.
             * @deprecated Use stratos.sds.v1.EventPrePay.$Properties instead.
             */
            interface IEventPrePay extends stratos.sds.v1.EventPrePay.$Properties {
            }

            /** Represents an EventPrePay. */
            class EventPrePay {

                /**
                 * Constructs a new EventPrePay.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.EventPrePay.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventPrePay sender. */
                sender: string;

                /** EventPrePay beneficiary. */
                beneficiary: string;

                /** EventPrePay amount. */
                amount: string;

                /** EventPrePay purchasedNoz. */
                purchasedNoz: string;

                /**
                 * Creates a new EventPrePay instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventPrePay instance
                 */
                static create(properties: stratos.sds.v1.EventPrePay.$Shape): stratos.sds.v1.EventPrePay & stratos.sds.v1.EventPrePay.$Shape;
                static create(properties?: stratos.sds.v1.EventPrePay.$Properties): stratos.sds.v1.EventPrePay;

                /**
                 * Encodes the specified EventPrePay message. Does not implicitly {@link stratos.sds.v1.EventPrePay.verify|verify} messages.
                 * @param message EventPrePay message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.EventPrePay.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventPrePay message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.EventPrePay & stratos.sds.v1.EventPrePay.$Shape} EventPrePay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.EventPrePay & stratos.sds.v1.EventPrePay.$Shape;

                /**
                 * Verifies an EventPrePay message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventPrePay message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventPrePay
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.EventPrePay;

                /**
                 * Creates a plain object from an EventPrePay message. Also converts values to other types if specified.
                 * @param message EventPrePay
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.EventPrePay, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventPrePay to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventPrePay
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventPrePay {

                /** Properties of an EventPrePay. */
                interface $Properties {

                    /** EventPrePay sender */
                    sender?: (string|null);

                    /** EventPrePay beneficiary */
                    beneficiary?: (string|null);

                    /** EventPrePay amount */
                    amount?: (string|null);

                    /** EventPrePay purchasedNoz */
                    purchasedNoz?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventPrePay. */
                type $Shape = stratos.sds.v1.EventPrePay.$Properties;
            }

            /**
             * Properties of an EventFileUpload.
             * @deprecated Use stratos.sds.v1.EventFileUpload.$Properties instead.
             */
            interface IEventFileUpload extends stratos.sds.v1.EventFileUpload.$Properties {
            }

            /** Represents an EventFileUpload. */
            class EventFileUpload {

                /**
                 * Constructs a new EventFileUpload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.EventFileUpload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EventFileUpload sender. */
                sender: string;

                /** EventFileUpload reporter. */
                reporter: string;

                /** EventFileUpload uploader. */
                uploader: string;

                /** EventFileUpload fileHash. */
                fileHash: string;

                /**
                 * Creates a new EventFileUpload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventFileUpload instance
                 */
                static create(properties: stratos.sds.v1.EventFileUpload.$Shape): stratos.sds.v1.EventFileUpload & stratos.sds.v1.EventFileUpload.$Shape;
                static create(properties?: stratos.sds.v1.EventFileUpload.$Properties): stratos.sds.v1.EventFileUpload;

                /**
                 * Encodes the specified EventFileUpload message. Does not implicitly {@link stratos.sds.v1.EventFileUpload.verify|verify} messages.
                 * @param message EventFileUpload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.EventFileUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventFileUpload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.EventFileUpload & stratos.sds.v1.EventFileUpload.$Shape} EventFileUpload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.EventFileUpload & stratos.sds.v1.EventFileUpload.$Shape;

                /**
                 * Verifies an EventFileUpload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventFileUpload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventFileUpload
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.EventFileUpload;

                /**
                 * Creates a plain object from an EventFileUpload message. Also converts values to other types if specified.
                 * @param message EventFileUpload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.EventFileUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventFileUpload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventFileUpload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventFileUpload {

                /** Properties of an EventFileUpload. */
                interface $Properties {

                    /** EventFileUpload sender */
                    sender?: (string|null);

                    /** EventFileUpload reporter */
                    reporter?: (string|null);

                    /** EventFileUpload uploader */
                    uploader?: (string|null);

                    /** EventFileUpload fileHash */
                    fileHash?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventFileUpload. */
                type $Shape = stratos.sds.v1.EventFileUpload.$Properties;
            }

            /**
             * Properties of a GenesisState.
             * @deprecated Use stratos.sds.v1.GenesisState.$Properties instead.
             */
            interface IGenesisState extends stratos.sds.v1.GenesisState.$Properties {
            }

            /** Represents a GenesisState. */
            class GenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.GenesisState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisState params. */
                params?: (stratos.sds.v1.Params.$Properties|null);

                /** GenesisState files. */
                files: stratos.sds.v1.GenesisFileInfo.$Properties[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                static create(properties: stratos.sds.v1.GenesisState.$Shape): stratos.sds.v1.GenesisState & stratos.sds.v1.GenesisState.$Shape;
                static create(properties?: stratos.sds.v1.GenesisState.$Properties): stratos.sds.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link stratos.sds.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.GenesisState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.GenesisState & stratos.sds.v1.GenesisState.$Shape} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.GenesisState & stratos.sds.v1.GenesisState.$Shape;

                /**
                 * Verifies a GenesisState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisState
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.GenesisState;

                /**
                 * Creates a plain object from a GenesisState message. Also converts values to other types if specified.
                 * @param message GenesisState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.GenesisState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisState {

                /** Properties of a GenesisState. */
                interface $Properties {

                    /** GenesisState params */
                    params?: (stratos.sds.v1.Params.$Properties|null);

                    /** GenesisState files */
                    files?: (stratos.sds.v1.GenesisFileInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisState. */
                type $Shape = stratos.sds.v1.GenesisState.$Properties;
            }

            /**
             * Properties of a GenesisFileInfo.
             * @deprecated Use stratos.sds.v1.GenesisFileInfo.$Properties instead.
             */
            interface IGenesisFileInfo extends stratos.sds.v1.GenesisFileInfo.$Properties {
            }

            /** Represents a GenesisFileInfo. */
            class GenesisFileInfo {

                /**
                 * Constructs a new GenesisFileInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.GenesisFileInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GenesisFileInfo fileHash. */
                fileHash: string;

                /** GenesisFileInfo fileInfo. */
                fileInfo?: (stratos.sds.v1.FileInfo.$Properties|null);

                /**
                 * Creates a new GenesisFileInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisFileInfo instance
                 */
                static create(properties: stratos.sds.v1.GenesisFileInfo.$Shape): stratos.sds.v1.GenesisFileInfo & stratos.sds.v1.GenesisFileInfo.$Shape;
                static create(properties?: stratos.sds.v1.GenesisFileInfo.$Properties): stratos.sds.v1.GenesisFileInfo;

                /**
                 * Encodes the specified GenesisFileInfo message. Does not implicitly {@link stratos.sds.v1.GenesisFileInfo.verify|verify} messages.
                 * @param message GenesisFileInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.GenesisFileInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisFileInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.GenesisFileInfo & stratos.sds.v1.GenesisFileInfo.$Shape} GenesisFileInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.GenesisFileInfo & stratos.sds.v1.GenesisFileInfo.$Shape;

                /**
                 * Verifies a GenesisFileInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenesisFileInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenesisFileInfo
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.GenesisFileInfo;

                /**
                 * Creates a plain object from a GenesisFileInfo message. Also converts values to other types if specified.
                 * @param message GenesisFileInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.GenesisFileInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenesisFileInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenesisFileInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenesisFileInfo {

                /** Properties of a GenesisFileInfo. */
                interface $Properties {

                    /** GenesisFileInfo fileHash */
                    fileHash?: (string|null);

                    /** GenesisFileInfo fileInfo */
                    fileInfo?: (stratos.sds.v1.FileInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenesisFileInfo. */
                type $Shape = stratos.sds.v1.GenesisFileInfo.$Properties;
            }

            /**
             * Properties of a Params.
             * @deprecated Use stratos.sds.v1.Params.$Properties instead.
             */
            interface IParams extends stratos.sds.v1.Params.$Properties {
            }

            /** Represents a Params. */
            class Params {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.Params.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Params bondDenom. */
                bondDenom: string;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                static create(properties: stratos.sds.v1.Params.$Shape): stratos.sds.v1.Params & stratos.sds.v1.Params.$Shape;
                static create(properties?: stratos.sds.v1.Params.$Properties): stratos.sds.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link stratos.sds.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.Params.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.Params & stratos.sds.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.Params & stratos.sds.v1.Params.$Shape;

                /**
                 * Verifies a Params message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Params
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.Params;

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @param message Params
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.Params, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Params to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Params
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Params {

                /** Properties of a Params. */
                interface $Properties {

                    /** Params bondDenom */
                    bondDenom?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Params. */
                type $Shape = stratos.sds.v1.Params.$Properties;
            }

            /**
             * Properties of a FileInfo.
             * @deprecated Use stratos.sds.v1.FileInfo.$Properties instead.
             */
            interface IFileInfo extends stratos.sds.v1.FileInfo.$Properties {
            }

            /** Represents a FileInfo. */
            class FileInfo {

                /**
                 * Constructs a new FileInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.FileInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FileInfo height. */
                height: string;

                /** FileInfo reporters. */
                reporters: Uint8Array;

                /** FileInfo uploader. */
                uploader: string;

                /**
                 * Creates a new FileInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FileInfo instance
                 */
                static create(properties: stratos.sds.v1.FileInfo.$Shape): stratos.sds.v1.FileInfo & stratos.sds.v1.FileInfo.$Shape;
                static create(properties?: stratos.sds.v1.FileInfo.$Properties): stratos.sds.v1.FileInfo;

                /**
                 * Encodes the specified FileInfo message. Does not implicitly {@link stratos.sds.v1.FileInfo.verify|verify} messages.
                 * @param message FileInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.FileInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FileInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.FileInfo & stratos.sds.v1.FileInfo.$Shape} FileInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.FileInfo & stratos.sds.v1.FileInfo.$Shape;

                /**
                 * Verifies a FileInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FileInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FileInfo
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.FileInfo;

                /**
                 * Creates a plain object from a FileInfo message. Also converts values to other types if specified.
                 * @param message FileInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.FileInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FileInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FileInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FileInfo {

                /** Properties of a FileInfo. */
                interface $Properties {

                    /** FileInfo height */
                    height?: (string|null);

                    /** FileInfo reporters */
                    reporters?: (Uint8Array|null);

                    /** FileInfo uploader */
                    uploader?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FileInfo. */
                type $Shape = stratos.sds.v1.FileInfo.$Properties;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /** Calls Fileupload. */
                fileupload: stratos.sds.v1.Query.Fileupload;

                /** Calls SimPrepay. */
                simPrepay: stratos.sds.v1.Query.SimPrepay;

                /** Calls NozPrice. */
                nozPrice: stratos.sds.v1.Query.NozPrice;

                /** Calls NozSupply. */
                nozSupply: stratos.sds.v1.Query.NozSupply;

                /** Calls Params. */
                params: stratos.sds.v1.Query.Params;
            }

            namespace Query {

                /**
                 * Callback as used by {@link stratos.sds.v1.Query#fileupload}.
                 * @param error Error, if any
                 * @param [response] QueryFileUploadResponse
                 */
                type FileuploadCallback = (error: (Error|null), response?: stratos.sds.v1.QueryFileUploadResponse) => void;

                /** Calls Fileupload. */
                type Fileupload = {
                  (request: stratos.sds.v1.IQueryFileUploadRequest, callback: stratos.sds.v1.Query.FileuploadCallback): void;
                  (request: stratos.sds.v1.IQueryFileUploadRequest): Promise<stratos.sds.v1.QueryFileUploadResponse>;
                  readonly name: "Fileupload";
                  readonly path: "/stratos.sds.v1.Query/Fileupload";
                  readonly requestType: "QueryFileUploadRequest";
                  readonly responseType: "QueryFileUploadResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.sds.v1.Query#simPrepay}.
                 * @param error Error, if any
                 * @param [response] QuerySimPrepayResponse
                 */
                type SimPrepayCallback = (error: (Error|null), response?: stratos.sds.v1.QuerySimPrepayResponse) => void;

                /** Calls SimPrepay. */
                type SimPrepay = {
                  (request: stratos.sds.v1.IQuerySimPrepayRequest, callback: stratos.sds.v1.Query.SimPrepayCallback): void;
                  (request: stratos.sds.v1.IQuerySimPrepayRequest): Promise<stratos.sds.v1.QuerySimPrepayResponse>;
                  readonly name: "SimPrepay";
                  readonly path: "/stratos.sds.v1.Query/SimPrepay";
                  readonly requestType: "QuerySimPrepayRequest";
                  readonly responseType: "QuerySimPrepayResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.sds.v1.Query#nozPrice}.
                 * @param error Error, if any
                 * @param [response] QueryNozPriceResponse
                 */
                type NozPriceCallback = (error: (Error|null), response?: stratos.sds.v1.QueryNozPriceResponse) => void;

                /** Calls NozPrice. */
                type NozPrice = {
                  (request: stratos.sds.v1.IQueryNozPriceRequest, callback: stratos.sds.v1.Query.NozPriceCallback): void;
                  (request: stratos.sds.v1.IQueryNozPriceRequest): Promise<stratos.sds.v1.QueryNozPriceResponse>;
                  readonly name: "NozPrice";
                  readonly path: "/stratos.sds.v1.Query/NozPrice";
                  readonly requestType: "QueryNozPriceRequest";
                  readonly responseType: "QueryNozPriceResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.sds.v1.Query#nozSupply}.
                 * @param error Error, if any
                 * @param [response] QueryNozSupplyResponse
                 */
                type NozSupplyCallback = (error: (Error|null), response?: stratos.sds.v1.QueryNozSupplyResponse) => void;

                /** Calls NozSupply. */
                type NozSupply = {
                  (request: stratos.sds.v1.IQueryNozSupplyRequest, callback: stratos.sds.v1.Query.NozSupplyCallback): void;
                  (request: stratos.sds.v1.IQueryNozSupplyRequest): Promise<stratos.sds.v1.QueryNozSupplyResponse>;
                  readonly name: "NozSupply";
                  readonly path: "/stratos.sds.v1.Query/NozSupply";
                  readonly requestType: "QueryNozSupplyRequest";
                  readonly responseType: "QueryNozSupplyResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.sds.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: stratos.sds.v1.QueryParamsResponse) => void;

                /** Calls Params. */
                type Params = {
                  (request: stratos.sds.v1.IQueryParamsRequest, callback: stratos.sds.v1.Query.ParamsCallback): void;
                  (request: stratos.sds.v1.IQueryParamsRequest): Promise<stratos.sds.v1.QueryParamsResponse>;
                  readonly name: "Params";
                  readonly path: "/stratos.sds.v1.Query/Params";
                  readonly requestType: "QueryParamsRequest";
                  readonly responseType: "QueryParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a QueryFileUploadRequest.
             * @deprecated Use stratos.sds.v1.QueryFileUploadRequest.$Properties instead.
             */
            interface IQueryFileUploadRequest extends stratos.sds.v1.QueryFileUploadRequest.$Properties {
            }

            /** Represents a QueryFileUploadRequest. */
            class QueryFileUploadRequest {

                /**
                 * Constructs a new QueryFileUploadRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryFileUploadRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryFileUploadRequest fileHash. */
                fileHash: string;

                /**
                 * Creates a new QueryFileUploadRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryFileUploadRequest instance
                 */
                static create(properties: stratos.sds.v1.QueryFileUploadRequest.$Shape): stratos.sds.v1.QueryFileUploadRequest & stratos.sds.v1.QueryFileUploadRequest.$Shape;
                static create(properties?: stratos.sds.v1.QueryFileUploadRequest.$Properties): stratos.sds.v1.QueryFileUploadRequest;

                /**
                 * Encodes the specified QueryFileUploadRequest message. Does not implicitly {@link stratos.sds.v1.QueryFileUploadRequest.verify|verify} messages.
                 * @param message QueryFileUploadRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryFileUploadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryFileUploadRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryFileUploadRequest & stratos.sds.v1.QueryFileUploadRequest.$Shape} QueryFileUploadRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryFileUploadRequest & stratos.sds.v1.QueryFileUploadRequest.$Shape;

                /**
                 * Verifies a QueryFileUploadRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryFileUploadRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryFileUploadRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryFileUploadRequest;

                /**
                 * Creates a plain object from a QueryFileUploadRequest message. Also converts values to other types if specified.
                 * @param message QueryFileUploadRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryFileUploadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryFileUploadRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryFileUploadRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryFileUploadRequest {

                /** Properties of a QueryFileUploadRequest. */
                interface $Properties {

                    /** QueryFileUploadRequest fileHash */
                    fileHash?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryFileUploadRequest. */
                type $Shape = stratos.sds.v1.QueryFileUploadRequest.$Properties;
            }

            /**
             * Properties of a QueryFileUploadResponse.
             * @deprecated Use stratos.sds.v1.QueryFileUploadResponse.$Properties instead.
             */
            interface IQueryFileUploadResponse extends stratos.sds.v1.QueryFileUploadResponse.$Properties {
            }

            /** Represents a QueryFileUploadResponse. */
            class QueryFileUploadResponse {

                /**
                 * Constructs a new QueryFileUploadResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryFileUploadResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryFileUploadResponse fileInfo. */
                fileInfo?: (stratos.sds.v1.FileInfo.$Properties|null);

                /**
                 * Creates a new QueryFileUploadResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryFileUploadResponse instance
                 */
                static create(properties: stratos.sds.v1.QueryFileUploadResponse.$Shape): stratos.sds.v1.QueryFileUploadResponse & stratos.sds.v1.QueryFileUploadResponse.$Shape;
                static create(properties?: stratos.sds.v1.QueryFileUploadResponse.$Properties): stratos.sds.v1.QueryFileUploadResponse;

                /**
                 * Encodes the specified QueryFileUploadResponse message. Does not implicitly {@link stratos.sds.v1.QueryFileUploadResponse.verify|verify} messages.
                 * @param message QueryFileUploadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryFileUploadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryFileUploadResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryFileUploadResponse & stratos.sds.v1.QueryFileUploadResponse.$Shape} QueryFileUploadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryFileUploadResponse & stratos.sds.v1.QueryFileUploadResponse.$Shape;

                /**
                 * Verifies a QueryFileUploadResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryFileUploadResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryFileUploadResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryFileUploadResponse;

                /**
                 * Creates a plain object from a QueryFileUploadResponse message. Also converts values to other types if specified.
                 * @param message QueryFileUploadResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryFileUploadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryFileUploadResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryFileUploadResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryFileUploadResponse {

                /** Properties of a QueryFileUploadResponse. */
                interface $Properties {

                    /** QueryFileUploadResponse fileInfo */
                    fileInfo?: (stratos.sds.v1.FileInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryFileUploadResponse. */
                type $Shape = stratos.sds.v1.QueryFileUploadResponse.$Properties;
            }

            /**
             * Properties of a QuerySimPrepayRequest.
             * @deprecated Use stratos.sds.v1.QuerySimPrepayRequest.$Properties instead.
             */
            interface IQuerySimPrepayRequest extends stratos.sds.v1.QuerySimPrepayRequest.$Properties {
            }

            /** Represents a QuerySimPrepayRequest. */
            class QuerySimPrepayRequest {

                /**
                 * Constructs a new QuerySimPrepayRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QuerySimPrepayRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QuerySimPrepayRequest amount. */
                amount: string;

                /**
                 * Creates a new QuerySimPrepayRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySimPrepayRequest instance
                 */
                static create(properties: stratos.sds.v1.QuerySimPrepayRequest.$Shape): stratos.sds.v1.QuerySimPrepayRequest & stratos.sds.v1.QuerySimPrepayRequest.$Shape;
                static create(properties?: stratos.sds.v1.QuerySimPrepayRequest.$Properties): stratos.sds.v1.QuerySimPrepayRequest;

                /**
                 * Encodes the specified QuerySimPrepayRequest message. Does not implicitly {@link stratos.sds.v1.QuerySimPrepayRequest.verify|verify} messages.
                 * @param message QuerySimPrepayRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QuerySimPrepayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySimPrepayRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QuerySimPrepayRequest & stratos.sds.v1.QuerySimPrepayRequest.$Shape} QuerySimPrepayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QuerySimPrepayRequest & stratos.sds.v1.QuerySimPrepayRequest.$Shape;

                /**
                 * Verifies a QuerySimPrepayRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QuerySimPrepayRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QuerySimPrepayRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QuerySimPrepayRequest;

                /**
                 * Creates a plain object from a QuerySimPrepayRequest message. Also converts values to other types if specified.
                 * @param message QuerySimPrepayRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QuerySimPrepayRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QuerySimPrepayRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QuerySimPrepayRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySimPrepayRequest {

                /** Properties of a QuerySimPrepayRequest. */
                interface $Properties {

                    /** QuerySimPrepayRequest amount */
                    amount?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QuerySimPrepayRequest. */
                type $Shape = stratos.sds.v1.QuerySimPrepayRequest.$Properties;
            }

            /**
             * Properties of a QuerySimPrepayResponse.
             * @deprecated Use stratos.sds.v1.QuerySimPrepayResponse.$Properties instead.
             */
            interface IQuerySimPrepayResponse extends stratos.sds.v1.QuerySimPrepayResponse.$Properties {
            }

            /** Represents a QuerySimPrepayResponse. */
            class QuerySimPrepayResponse {

                /**
                 * Constructs a new QuerySimPrepayResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QuerySimPrepayResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QuerySimPrepayResponse noz. */
                noz: string;

                /**
                 * Creates a new QuerySimPrepayResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySimPrepayResponse instance
                 */
                static create(properties: stratos.sds.v1.QuerySimPrepayResponse.$Shape): stratos.sds.v1.QuerySimPrepayResponse & stratos.sds.v1.QuerySimPrepayResponse.$Shape;
                static create(properties?: stratos.sds.v1.QuerySimPrepayResponse.$Properties): stratos.sds.v1.QuerySimPrepayResponse;

                /**
                 * Encodes the specified QuerySimPrepayResponse message. Does not implicitly {@link stratos.sds.v1.QuerySimPrepayResponse.verify|verify} messages.
                 * @param message QuerySimPrepayResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QuerySimPrepayResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySimPrepayResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QuerySimPrepayResponse & stratos.sds.v1.QuerySimPrepayResponse.$Shape} QuerySimPrepayResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QuerySimPrepayResponse & stratos.sds.v1.QuerySimPrepayResponse.$Shape;

                /**
                 * Verifies a QuerySimPrepayResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QuerySimPrepayResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QuerySimPrepayResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QuerySimPrepayResponse;

                /**
                 * Creates a plain object from a QuerySimPrepayResponse message. Also converts values to other types if specified.
                 * @param message QuerySimPrepayResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QuerySimPrepayResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QuerySimPrepayResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QuerySimPrepayResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QuerySimPrepayResponse {

                /** Properties of a QuerySimPrepayResponse. */
                interface $Properties {

                    /** QuerySimPrepayResponse noz */
                    noz?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QuerySimPrepayResponse. */
                type $Shape = stratos.sds.v1.QuerySimPrepayResponse.$Properties;
            }

            /**
             * Properties of a QueryNozPriceRequest.
             * @deprecated Use stratos.sds.v1.QueryNozPriceRequest.$Properties instead.
             */
            interface IQueryNozPriceRequest extends stratos.sds.v1.QueryNozPriceRequest.$Properties {
            }

            /** Represents a QueryNozPriceRequest. */
            class QueryNozPriceRequest {

                /**
                 * Constructs a new QueryNozPriceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryNozPriceRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryNozPriceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNozPriceRequest instance
                 */
                static create(properties: stratos.sds.v1.QueryNozPriceRequest.$Shape): stratos.sds.v1.QueryNozPriceRequest & stratos.sds.v1.QueryNozPriceRequest.$Shape;
                static create(properties?: stratos.sds.v1.QueryNozPriceRequest.$Properties): stratos.sds.v1.QueryNozPriceRequest;

                /**
                 * Encodes the specified QueryNozPriceRequest message. Does not implicitly {@link stratos.sds.v1.QueryNozPriceRequest.verify|verify} messages.
                 * @param message QueryNozPriceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryNozPriceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNozPriceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryNozPriceRequest & stratos.sds.v1.QueryNozPriceRequest.$Shape} QueryNozPriceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryNozPriceRequest & stratos.sds.v1.QueryNozPriceRequest.$Shape;

                /**
                 * Verifies a QueryNozPriceRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryNozPriceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryNozPriceRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryNozPriceRequest;

                /**
                 * Creates a plain object from a QueryNozPriceRequest message. Also converts values to other types if specified.
                 * @param message QueryNozPriceRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryNozPriceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryNozPriceRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryNozPriceRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryNozPriceRequest {

                /** Properties of a QueryNozPriceRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryNozPriceRequest. */
                type $Shape = stratos.sds.v1.QueryNozPriceRequest.$Properties;
            }

            /**
             * Properties of a QueryNozPriceResponse.
             * @deprecated Use stratos.sds.v1.QueryNozPriceResponse.$Properties instead.
             */
            interface IQueryNozPriceResponse extends stratos.sds.v1.QueryNozPriceResponse.$Properties {
            }

            /** Represents a QueryNozPriceResponse. */
            class QueryNozPriceResponse {

                /**
                 * Constructs a new QueryNozPriceResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryNozPriceResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryNozPriceResponse price. */
                price: string;

                /**
                 * Creates a new QueryNozPriceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNozPriceResponse instance
                 */
                static create(properties: stratos.sds.v1.QueryNozPriceResponse.$Shape): stratos.sds.v1.QueryNozPriceResponse & stratos.sds.v1.QueryNozPriceResponse.$Shape;
                static create(properties?: stratos.sds.v1.QueryNozPriceResponse.$Properties): stratos.sds.v1.QueryNozPriceResponse;

                /**
                 * Encodes the specified QueryNozPriceResponse message. Does not implicitly {@link stratos.sds.v1.QueryNozPriceResponse.verify|verify} messages.
                 * @param message QueryNozPriceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryNozPriceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNozPriceResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryNozPriceResponse & stratos.sds.v1.QueryNozPriceResponse.$Shape} QueryNozPriceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryNozPriceResponse & stratos.sds.v1.QueryNozPriceResponse.$Shape;

                /**
                 * Verifies a QueryNozPriceResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryNozPriceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryNozPriceResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryNozPriceResponse;

                /**
                 * Creates a plain object from a QueryNozPriceResponse message. Also converts values to other types if specified.
                 * @param message QueryNozPriceResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryNozPriceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryNozPriceResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryNozPriceResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryNozPriceResponse {

                /** Properties of a QueryNozPriceResponse. */
                interface $Properties {

                    /** QueryNozPriceResponse price */
                    price?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryNozPriceResponse. */
                type $Shape = stratos.sds.v1.QueryNozPriceResponse.$Properties;
            }

            /**
             * Properties of a QueryNozSupplyRequest.
             * @deprecated Use stratos.sds.v1.QueryNozSupplyRequest.$Properties instead.
             */
            interface IQueryNozSupplyRequest extends stratos.sds.v1.QueryNozSupplyRequest.$Properties {
            }

            /** Represents a QueryNozSupplyRequest. */
            class QueryNozSupplyRequest {

                /**
                 * Constructs a new QueryNozSupplyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryNozSupplyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryNozSupplyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNozSupplyRequest instance
                 */
                static create(properties: stratos.sds.v1.QueryNozSupplyRequest.$Shape): stratos.sds.v1.QueryNozSupplyRequest & stratos.sds.v1.QueryNozSupplyRequest.$Shape;
                static create(properties?: stratos.sds.v1.QueryNozSupplyRequest.$Properties): stratos.sds.v1.QueryNozSupplyRequest;

                /**
                 * Encodes the specified QueryNozSupplyRequest message. Does not implicitly {@link stratos.sds.v1.QueryNozSupplyRequest.verify|verify} messages.
                 * @param message QueryNozSupplyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryNozSupplyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNozSupplyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryNozSupplyRequest & stratos.sds.v1.QueryNozSupplyRequest.$Shape} QueryNozSupplyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryNozSupplyRequest & stratos.sds.v1.QueryNozSupplyRequest.$Shape;

                /**
                 * Verifies a QueryNozSupplyRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryNozSupplyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryNozSupplyRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryNozSupplyRequest;

                /**
                 * Creates a plain object from a QueryNozSupplyRequest message. Also converts values to other types if specified.
                 * @param message QueryNozSupplyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryNozSupplyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryNozSupplyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryNozSupplyRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryNozSupplyRequest {

                /** Properties of a QueryNozSupplyRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryNozSupplyRequest. */
                type $Shape = stratos.sds.v1.QueryNozSupplyRequest.$Properties;
            }

            /**
             * Properties of a QueryNozSupplyResponse.
             * @deprecated Use stratos.sds.v1.QueryNozSupplyResponse.$Properties instead.
             */
            interface IQueryNozSupplyResponse extends stratos.sds.v1.QueryNozSupplyResponse.$Properties {
            }

            /** Represents a QueryNozSupplyResponse. */
            class QueryNozSupplyResponse {

                /**
                 * Constructs a new QueryNozSupplyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryNozSupplyResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryNozSupplyResponse remaining. */
                remaining: string;

                /** QueryNozSupplyResponse total. */
                total: string;

                /**
                 * Creates a new QueryNozSupplyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNozSupplyResponse instance
                 */
                static create(properties: stratos.sds.v1.QueryNozSupplyResponse.$Shape): stratos.sds.v1.QueryNozSupplyResponse & stratos.sds.v1.QueryNozSupplyResponse.$Shape;
                static create(properties?: stratos.sds.v1.QueryNozSupplyResponse.$Properties): stratos.sds.v1.QueryNozSupplyResponse;

                /**
                 * Encodes the specified QueryNozSupplyResponse message. Does not implicitly {@link stratos.sds.v1.QueryNozSupplyResponse.verify|verify} messages.
                 * @param message QueryNozSupplyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryNozSupplyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNozSupplyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryNozSupplyResponse & stratos.sds.v1.QueryNozSupplyResponse.$Shape} QueryNozSupplyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryNozSupplyResponse & stratos.sds.v1.QueryNozSupplyResponse.$Shape;

                /**
                 * Verifies a QueryNozSupplyResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryNozSupplyResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryNozSupplyResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryNozSupplyResponse;

                /**
                 * Creates a plain object from a QueryNozSupplyResponse message. Also converts values to other types if specified.
                 * @param message QueryNozSupplyResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryNozSupplyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryNozSupplyResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryNozSupplyResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryNozSupplyResponse {

                /** Properties of a QueryNozSupplyResponse. */
                interface $Properties {

                    /** QueryNozSupplyResponse remaining */
                    remaining?: (string|null);

                    /** QueryNozSupplyResponse total */
                    total?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryNozSupplyResponse. */
                type $Shape = stratos.sds.v1.QueryNozSupplyResponse.$Properties;
            }

            /**
             * Properties of a QueryParamsRequest.
             * @deprecated Use stratos.sds.v1.QueryParamsRequest.$Properties instead.
             */
            interface IQueryParamsRequest extends stratos.sds.v1.QueryParamsRequest.$Properties {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryParamsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                static create(properties: stratos.sds.v1.QueryParamsRequest.$Shape): stratos.sds.v1.QueryParamsRequest & stratos.sds.v1.QueryParamsRequest.$Shape;
                static create(properties?: stratos.sds.v1.QueryParamsRequest.$Properties): stratos.sds.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link stratos.sds.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryParamsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryParamsRequest & stratos.sds.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryParamsRequest & stratos.sds.v1.QueryParamsRequest.$Shape;

                /**
                 * Verifies a QueryParamsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsRequest
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryParamsRequest;

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @param message QueryParamsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryParamsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsRequest {

                /** Properties of a QueryParamsRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsRequest. */
                type $Shape = stratos.sds.v1.QueryParamsRequest.$Properties;
            }

            /**
             * Properties of a QueryParamsResponse.
             * @deprecated Use stratos.sds.v1.QueryParamsResponse.$Properties instead.
             */
            interface IQueryParamsResponse extends stratos.sds.v1.QueryParamsResponse.$Properties {
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.QueryParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryParamsResponse params. */
                params?: (stratos.sds.v1.Params.$Properties|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                static create(properties: stratos.sds.v1.QueryParamsResponse.$Shape): stratos.sds.v1.QueryParamsResponse & stratos.sds.v1.QueryParamsResponse.$Shape;
                static create(properties?: stratos.sds.v1.QueryParamsResponse.$Properties): stratos.sds.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link stratos.sds.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.QueryParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.QueryParamsResponse & stratos.sds.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.QueryParamsResponse & stratos.sds.v1.QueryParamsResponse.$Shape;

                /**
                 * Verifies a QueryParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.QueryParamsResponse;

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @param message QueryParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.QueryParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryParamsResponse {

                /** Properties of a QueryParamsResponse. */
                interface $Properties {

                    /** QueryParamsResponse params */
                    params?: (stratos.sds.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryParamsResponse. */
                type $Shape = stratos.sds.v1.QueryParamsResponse.$Properties;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /** Calls HandleMsgFileUpload. */
                handleMsgFileUpload: stratos.sds.v1.Msg.HandleMsgFileUpload;

                /** Calls HandleMsgPrepay. */
                handleMsgPrepay: stratos.sds.v1.Msg.HandleMsgPrepay;

                /** Calls UpdateParams. */
                updateParams: stratos.sds.v1.Msg.UpdateParams;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link stratos.sds.v1.Msg#handleMsgFileUpload}.
                 * @param error Error, if any
                 * @param [response] MsgFileUploadResponse
                 */
                type HandleMsgFileUploadCallback = (error: (Error|null), response?: stratos.sds.v1.MsgFileUploadResponse) => void;

                /** Calls HandleMsgFileUpload. */
                type HandleMsgFileUpload = {
                  (request: stratos.sds.v1.IMsgFileUpload, callback: stratos.sds.v1.Msg.HandleMsgFileUploadCallback): void;
                  (request: stratos.sds.v1.IMsgFileUpload): Promise<stratos.sds.v1.MsgFileUploadResponse>;
                  readonly name: "HandleMsgFileUpload";
                  readonly path: "/stratos.sds.v1.Msg/HandleMsgFileUpload";
                  readonly requestType: "MsgFileUpload";
                  readonly responseType: "MsgFileUploadResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.sds.v1.Msg#handleMsgPrepay}.
                 * @param error Error, if any
                 * @param [response] MsgPrepayResponse
                 */
                type HandleMsgPrepayCallback = (error: (Error|null), response?: stratos.sds.v1.MsgPrepayResponse) => void;

                /** Calls HandleMsgPrepay. */
                type HandleMsgPrepay = {
                  (request: stratos.sds.v1.IMsgPrepay, callback: stratos.sds.v1.Msg.HandleMsgPrepayCallback): void;
                  (request: stratos.sds.v1.IMsgPrepay): Promise<stratos.sds.v1.MsgPrepayResponse>;
                  readonly name: "HandleMsgPrepay";
                  readonly path: "/stratos.sds.v1.Msg/HandleMsgPrepay";
                  readonly requestType: "MsgPrepay";
                  readonly responseType: "MsgPrepayResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link stratos.sds.v1.Msg#updateParams}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateParamsResponse
                 */
                type UpdateParamsCallback = (error: (Error|null), response?: stratos.sds.v1.MsgUpdateParamsResponse) => void;

                /** Calls UpdateParams. */
                type UpdateParams = {
                  (request: stratos.sds.v1.IMsgUpdateParams, callback: stratos.sds.v1.Msg.UpdateParamsCallback): void;
                  (request: stratos.sds.v1.IMsgUpdateParams): Promise<stratos.sds.v1.MsgUpdateParamsResponse>;
                  readonly name: "UpdateParams";
                  readonly path: "/stratos.sds.v1.Msg/UpdateParams";
                  readonly requestType: "MsgUpdateParams";
                  readonly responseType: "MsgUpdateParamsResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a MsgFileUpload.
             * @deprecated Use stratos.sds.v1.MsgFileUpload.$Properties instead.
             */
            interface IMsgFileUpload extends stratos.sds.v1.MsgFileUpload.$Properties {
            }

            /** Represents a MsgFileUpload. */
            class MsgFileUpload {

                /**
                 * Constructs a new MsgFileUpload.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.MsgFileUpload.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgFileUpload fileHash. */
                fileHash: string;

                /** MsgFileUpload from. */
                from: string;

                /** MsgFileUpload reporter. */
                reporter: string;

                /** MsgFileUpload uploader. */
                uploader: string;

                /**
                 * Creates a new MsgFileUpload instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgFileUpload instance
                 */
                static create(properties: stratos.sds.v1.MsgFileUpload.$Shape): stratos.sds.v1.MsgFileUpload & stratos.sds.v1.MsgFileUpload.$Shape;
                static create(properties?: stratos.sds.v1.MsgFileUpload.$Properties): stratos.sds.v1.MsgFileUpload;

                /**
                 * Encodes the specified MsgFileUpload message. Does not implicitly {@link stratos.sds.v1.MsgFileUpload.verify|verify} messages.
                 * @param message MsgFileUpload message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.MsgFileUpload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgFileUpload message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.MsgFileUpload & stratos.sds.v1.MsgFileUpload.$Shape} MsgFileUpload
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.MsgFileUpload & stratos.sds.v1.MsgFileUpload.$Shape;

                /**
                 * Verifies a MsgFileUpload message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgFileUpload message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgFileUpload
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.MsgFileUpload;

                /**
                 * Creates a plain object from a MsgFileUpload message. Also converts values to other types if specified.
                 * @param message MsgFileUpload
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.MsgFileUpload, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgFileUpload to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgFileUpload
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgFileUpload {

                /** Properties of a MsgFileUpload. */
                interface $Properties {

                    /** MsgFileUpload fileHash */
                    fileHash?: (string|null);

                    /** MsgFileUpload from */
                    from?: (string|null);

                    /** MsgFileUpload reporter */
                    reporter?: (string|null);

                    /** MsgFileUpload uploader */
                    uploader?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgFileUpload. */
                type $Shape = stratos.sds.v1.MsgFileUpload.$Properties;
            }

            /**
             * Properties of a MsgFileUploadResponse.
             * @deprecated Use stratos.sds.v1.MsgFileUploadResponse.$Properties instead.
             */
            interface IMsgFileUploadResponse extends stratos.sds.v1.MsgFileUploadResponse.$Properties {
            }

            /** Represents a MsgFileUploadResponse. */
            class MsgFileUploadResponse {

                /**
                 * Constructs a new MsgFileUploadResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.MsgFileUploadResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgFileUploadResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgFileUploadResponse instance
                 */
                static create(properties: stratos.sds.v1.MsgFileUploadResponse.$Shape): stratos.sds.v1.MsgFileUploadResponse & stratos.sds.v1.MsgFileUploadResponse.$Shape;
                static create(properties?: stratos.sds.v1.MsgFileUploadResponse.$Properties): stratos.sds.v1.MsgFileUploadResponse;

                /**
                 * Encodes the specified MsgFileUploadResponse message. Does not implicitly {@link stratos.sds.v1.MsgFileUploadResponse.verify|verify} messages.
                 * @param message MsgFileUploadResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.MsgFileUploadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgFileUploadResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.MsgFileUploadResponse & stratos.sds.v1.MsgFileUploadResponse.$Shape} MsgFileUploadResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.MsgFileUploadResponse & stratos.sds.v1.MsgFileUploadResponse.$Shape;

                /**
                 * Verifies a MsgFileUploadResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgFileUploadResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgFileUploadResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.MsgFileUploadResponse;

                /**
                 * Creates a plain object from a MsgFileUploadResponse message. Also converts values to other types if specified.
                 * @param message MsgFileUploadResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.MsgFileUploadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgFileUploadResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgFileUploadResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgFileUploadResponse {

                /** Properties of a MsgFileUploadResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgFileUploadResponse. */
                type $Shape = stratos.sds.v1.MsgFileUploadResponse.$Properties;
            }

            /**
             * Properties of a MsgPrepay.
             * @deprecated Use stratos.sds.v1.MsgPrepay.$Properties instead.
             */
            interface IMsgPrepay extends stratos.sds.v1.MsgPrepay.$Properties {
            }

            /** Represents a MsgPrepay. */
            class MsgPrepay {

                /**
                 * Constructs a new MsgPrepay.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.MsgPrepay.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgPrepay sender. */
                sender: string;

                /** MsgPrepay beneficiary. */
                beneficiary: string;

                /** MsgPrepay amount. */
                amount: cosmos.base.v1beta1.Coin.$Properties[];

                /**
                 * Creates a new MsgPrepay instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgPrepay instance
                 */
                static create(properties: stratos.sds.v1.MsgPrepay.$Shape): stratos.sds.v1.MsgPrepay & stratos.sds.v1.MsgPrepay.$Shape;
                static create(properties?: stratos.sds.v1.MsgPrepay.$Properties): stratos.sds.v1.MsgPrepay;

                /**
                 * Encodes the specified MsgPrepay message. Does not implicitly {@link stratos.sds.v1.MsgPrepay.verify|verify} messages.
                 * @param message MsgPrepay message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.MsgPrepay.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgPrepay message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.MsgPrepay & stratos.sds.v1.MsgPrepay.$Shape} MsgPrepay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.MsgPrepay & stratos.sds.v1.MsgPrepay.$Shape;

                /**
                 * Verifies a MsgPrepay message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgPrepay message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgPrepay
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.MsgPrepay;

                /**
                 * Creates a plain object from a MsgPrepay message. Also converts values to other types if specified.
                 * @param message MsgPrepay
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.MsgPrepay, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgPrepay to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgPrepay
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPrepay {

                /** Properties of a MsgPrepay. */
                interface $Properties {

                    /** MsgPrepay sender */
                    sender?: (string|null);

                    /** MsgPrepay beneficiary */
                    beneficiary?: (string|null);

                    /** MsgPrepay amount */
                    amount?: (cosmos.base.v1beta1.Coin.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgPrepay. */
                type $Shape = stratos.sds.v1.MsgPrepay.$Properties;
            }

            /**
             * Properties of a MsgPrepayResponse.
             * @deprecated Use stratos.sds.v1.MsgPrepayResponse.$Properties instead.
             */
            interface IMsgPrepayResponse extends stratos.sds.v1.MsgPrepayResponse.$Properties {
            }

            /** Represents a MsgPrepayResponse. */
            class MsgPrepayResponse {

                /**
                 * Constructs a new MsgPrepayResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.MsgPrepayResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgPrepayResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgPrepayResponse instance
                 */
                static create(properties: stratos.sds.v1.MsgPrepayResponse.$Shape): stratos.sds.v1.MsgPrepayResponse & stratos.sds.v1.MsgPrepayResponse.$Shape;
                static create(properties?: stratos.sds.v1.MsgPrepayResponse.$Properties): stratos.sds.v1.MsgPrepayResponse;

                /**
                 * Encodes the specified MsgPrepayResponse message. Does not implicitly {@link stratos.sds.v1.MsgPrepayResponse.verify|verify} messages.
                 * @param message MsgPrepayResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.MsgPrepayResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgPrepayResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.MsgPrepayResponse & stratos.sds.v1.MsgPrepayResponse.$Shape} MsgPrepayResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.MsgPrepayResponse & stratos.sds.v1.MsgPrepayResponse.$Shape;

                /**
                 * Verifies a MsgPrepayResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgPrepayResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgPrepayResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.MsgPrepayResponse;

                /**
                 * Creates a plain object from a MsgPrepayResponse message. Also converts values to other types if specified.
                 * @param message MsgPrepayResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.MsgPrepayResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgPrepayResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgPrepayResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgPrepayResponse {

                /** Properties of a MsgPrepayResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgPrepayResponse. */
                type $Shape = stratos.sds.v1.MsgPrepayResponse.$Properties;
            }

            /**
             * Properties of a MsgUpdateParams.
             * @deprecated Use stratos.sds.v1.MsgUpdateParams.$Properties instead.
             */
            interface IMsgUpdateParams extends stratos.sds.v1.MsgUpdateParams.$Properties {
            }

            /** Represents a MsgUpdateParams. */
            class MsgUpdateParams {

                /**
                 * Constructs a new MsgUpdateParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.MsgUpdateParams.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MsgUpdateParams authority. */
                authority: string;

                /** MsgUpdateParams params. */
                params?: (stratos.sds.v1.Params.$Properties|null);

                /**
                 * Creates a new MsgUpdateParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParams instance
                 */
                static create(properties: stratos.sds.v1.MsgUpdateParams.$Shape): stratos.sds.v1.MsgUpdateParams & stratos.sds.v1.MsgUpdateParams.$Shape;
                static create(properties?: stratos.sds.v1.MsgUpdateParams.$Properties): stratos.sds.v1.MsgUpdateParams;

                /**
                 * Encodes the specified MsgUpdateParams message. Does not implicitly {@link stratos.sds.v1.MsgUpdateParams.verify|verify} messages.
                 * @param message MsgUpdateParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.MsgUpdateParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.MsgUpdateParams & stratos.sds.v1.MsgUpdateParams.$Shape} MsgUpdateParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.MsgUpdateParams & stratos.sds.v1.MsgUpdateParams.$Shape;

                /**
                 * Verifies a MsgUpdateParams message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParams
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.MsgUpdateParams;

                /**
                 * Creates a plain object from a MsgUpdateParams message. Also converts values to other types if specified.
                 * @param message MsgUpdateParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.MsgUpdateParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParams to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParams
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParams {

                /** Properties of a MsgUpdateParams. */
                interface $Properties {

                    /** MsgUpdateParams authority */
                    authority?: (string|null);

                    /** MsgUpdateParams params */
                    params?: (stratos.sds.v1.Params.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParams. */
                type $Shape = stratos.sds.v1.MsgUpdateParams.$Properties;
            }

            /**
             * Properties of a MsgUpdateParamsResponse.
             * @deprecated Use stratos.sds.v1.MsgUpdateParamsResponse.$Properties instead.
             */
            interface IMsgUpdateParamsResponse extends stratos.sds.v1.MsgUpdateParamsResponse.$Properties {
            }

            /** Represents a MsgUpdateParamsResponse. */
            class MsgUpdateParamsResponse {

                /**
                 * Constructs a new MsgUpdateParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: stratos.sds.v1.MsgUpdateParamsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new MsgUpdateParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateParamsResponse instance
                 */
                static create(properties: stratos.sds.v1.MsgUpdateParamsResponse.$Shape): stratos.sds.v1.MsgUpdateParamsResponse & stratos.sds.v1.MsgUpdateParamsResponse.$Shape;
                static create(properties?: stratos.sds.v1.MsgUpdateParamsResponse.$Properties): stratos.sds.v1.MsgUpdateParamsResponse;

                /**
                 * Encodes the specified MsgUpdateParamsResponse message. Does not implicitly {@link stratos.sds.v1.MsgUpdateParamsResponse.verify|verify} messages.
                 * @param message MsgUpdateParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: stratos.sds.v1.MsgUpdateParamsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {stratos.sds.v1.MsgUpdateParamsResponse & stratos.sds.v1.MsgUpdateParamsResponse.$Shape} MsgUpdateParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stratos.sds.v1.MsgUpdateParamsResponse & stratos.sds.v1.MsgUpdateParamsResponse.$Shape;

                /**
                 * Verifies a MsgUpdateParamsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MsgUpdateParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MsgUpdateParamsResponse
                 */
                static fromObject(object: { [k: string]: any }): stratos.sds.v1.MsgUpdateParamsResponse;

                /**
                 * Creates a plain object from a MsgUpdateParamsResponse message. Also converts values to other types if specified.
                 * @param message MsgUpdateParamsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: stratos.sds.v1.MsgUpdateParamsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MsgUpdateParamsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MsgUpdateParamsResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MsgUpdateParamsResponse {

                /** Properties of a MsgUpdateParamsResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MsgUpdateParamsResponse. */
                type $Shape = stratos.sds.v1.MsgUpdateParamsResponse.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Any.
         * @deprecated Use google.protobuf.Any.$Properties instead.
         */
        interface IAny extends google.protobuf.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any typeUrl. */
            typeUrl: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;

            /**
             * Verifies an Any message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any typeUrl */
                typeUrl?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.protobuf.Any.$Properties;
        }

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: Long;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        /**
         * Properties of a Duration.
         * @deprecated Use google.protobuf.Duration.$Properties instead.
         */
        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        /** Represents a Duration. */
        class Duration {

            /**
             * Constructs a new Duration.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Duration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Duration seconds. */
            seconds: Long;

            /** Duration nanos. */
            nanos: number;

            /**
             * Creates a new Duration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Duration instance
             */
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @param message Duration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;

            /**
             * Verifies a Duration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Duration
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Duration;

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @param message Duration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Duration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Duration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {

            /** Properties of a Duration. */
            interface $Properties {

                /** Duration seconds */
                seconds?: (Long|null);

                /** Duration nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Duration. */
            type $Shape = google.protobuf.Duration.$Properties;
        }
    }
}
