@org.springframework.modulith.NamedInterface("time")
package org.workershome.core.time;
