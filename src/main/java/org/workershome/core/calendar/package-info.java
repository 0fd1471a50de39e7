@org.springframework.modulith.NamedInterface("calendar")
package org.workershome.core.calendar;
