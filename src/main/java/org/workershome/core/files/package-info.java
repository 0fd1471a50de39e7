@org.springframework.modulith.NamedInterface("files")
package org.workershome.core.files;
