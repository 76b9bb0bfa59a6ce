/**
 * The server-rendered UI (Thymeleaf, templates under {@code templates/web/}). For now the login
 * page and a start page; it may use every feature, no feature uses it.
 */
@NullMarked
package dev.adolink.server.web;

import org.jspecify.annotations.NullMarked;
