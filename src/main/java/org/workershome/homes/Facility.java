package org.workershome.homes;

/** What a workers' home offers; labels in the bundle ({@code homes.facility.*}), anything else as free text. */
public enum Facility { READING_ROOM, CANTEEN, FITNESS, REST_ROOM, CHARGING, WIFI, NURSING_ROOM, COUNSELLING }
