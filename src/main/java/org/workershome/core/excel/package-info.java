@org.springframework.modulith.NamedInterface("excel")
package org.workershome.core.excel;
