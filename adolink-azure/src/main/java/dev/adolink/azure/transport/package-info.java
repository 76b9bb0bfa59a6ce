/**
 * The one transport seam every call goes through: host discovery, api-version negotiation,
 * authentication, rate limiting and retries, error mapping and decoding. Area clients only describe
 * calls ({@link dev.adolink.azure.transport.ApiCall}) and read typed results.
 */
@NullMarked
package dev.adolink.azure.transport;

import org.jspecify.annotations.NullMarked;
