@org.springframework.modulith.NamedInterface("scope")
package org.workershome.core.scope;
