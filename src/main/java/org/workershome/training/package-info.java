/**
 * Blended training (实体培训 + 网络培训): courses of ordered lessons with a quiz, required plans for cadres, offline
 * sessions with QR sign-in, certificates, training records and skill levels with career paths. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training", allowedDependencies = "core :: *")
package org.workershome.training;
