@org.springframework.modulith.NamedInterface("workflow")
package org.workershome.core.workflow;
