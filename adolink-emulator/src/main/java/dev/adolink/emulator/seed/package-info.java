/** Seed files: the organizations, users, projects and data an emulator starts with. */
package dev.adolink.emulator.seed;
