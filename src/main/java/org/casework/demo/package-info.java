/**
 * The demo council a newcomer's first run starts with: teams, officers, an API key and three realistic processes,
 * loaded once into an empty database. Not for production data: switch it off with {@code casework.demo.enabled}.
 */
@ApplicationModule(displayName = "Demo council")
package org.casework.demo;

import org.springframework.modulith.ApplicationModule;
