/**
 * Workers' congress and democratic management (职工代表大会, 厂务公开, 征求意见): terms, roster, attendance and quorum,
 * motions, secret ballots, resolutions, open affairs and consultations. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Congress", allowedDependencies = "core :: *")
package org.workershome.congress;
