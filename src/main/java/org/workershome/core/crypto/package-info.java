@org.springframework.modulith.NamedInterface("crypto")
package org.workershome.core.crypto;
