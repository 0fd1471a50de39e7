@org.springframework.modulith.NamedInterface("demo")
package org.workershome.core.demo;
