/**
 * News portal (新闻门户): the public face of the union — channels, articles with bylines, topics, model deeds,
 * rankings, news calendar, Chinese full-text search and feeds — and the editors' back office with its
 * draft → submitted → published → withdrawn workflow. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = "core :: *")
package org.workershome.portal;
