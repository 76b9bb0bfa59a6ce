/** Authentication: PATs (Basic, any user name) and the bearer tokens the OAuth endpoints issue. */
package dev.adolink.emulator.auth;
