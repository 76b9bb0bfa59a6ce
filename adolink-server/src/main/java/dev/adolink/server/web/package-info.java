/**
 * The server-rendered UI (Thymeleaf, templates under {@code templates/web/}, one stylesheet under
 * {@code static/assets/}): organizations, integrations, issues with their work items, alert rules.
 * Its controllers call the features' public facades; it may use every feature, no feature uses it.
 */
@NullMarked
package dev.adolink.server.web;

import org.jspecify.annotations.NullMarked;
