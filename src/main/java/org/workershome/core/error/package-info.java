@org.springframework.modulith.NamedInterface("error")
package org.workershome.core.error;
