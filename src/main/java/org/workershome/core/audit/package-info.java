@org.springframework.modulith.NamedInterface("audit")
package org.workershome.core.audit;
