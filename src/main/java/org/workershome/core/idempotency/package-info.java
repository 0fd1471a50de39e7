@org.springframework.modulith.NamedInterface("idempotency")
package org.workershome.core.idempotency;
