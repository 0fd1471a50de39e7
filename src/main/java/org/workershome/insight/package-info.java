/**
 * Insight dashboards (数据看板): figures of every module per org and month, told by the modules' own
 * {@code core.module.InsightSource} beans, rolled up the org tree into this module's tables by a scheduled refresh,
 * and shown per org subtree with drill-down, a month range, charts and Excel. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight", allowedDependencies = "core :: *")
package org.workershome.insight;
