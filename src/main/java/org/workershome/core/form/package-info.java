@org.springframework.modulith.NamedInterface("form")
package org.workershome.core.form;
