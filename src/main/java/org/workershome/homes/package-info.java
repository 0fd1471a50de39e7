/**
 * Workers' homes (绿色职工之家): the registry of each unit's home with its facilities, photos and green practices,
 * the annual evaluation approved by the level above with its star rating, the activities calendar and room
 * bookings. Uses core only; {@link org.workershome.homes.HomeFigures} is its API for the dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workers' homes", allowedDependencies = "core :: *")
package org.workershome.homes;
