@org.springframework.modulith.NamedInterface("db")
package org.workershome.core.db;
