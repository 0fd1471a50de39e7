@org.springframework.modulith.NamedInterface("notification")
package org.workershome.core.notification;
