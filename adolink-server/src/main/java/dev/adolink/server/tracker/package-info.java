/**
 * The error tracker: organizations, users and members, API tokens, projects, and issues with their
 * status, assignee, comments and activity log. Other features change issues through {@link
 * dev.adolink.server.tracker.IssueService} and {@link dev.adolink.server.tracker.CommentService}
 * and listen to the {@link dev.adolink.server.tracker.IssueEvent}s they publish.
 */
@NullMarked
package dev.adolink.server.tracker;

import org.jspecify.annotations.NullMarked;
