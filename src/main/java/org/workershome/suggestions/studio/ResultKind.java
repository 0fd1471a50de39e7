package org.workershome.suggestions.studio;

/** A studio's results: a project it runs, a patent, a work method, an award. */
public enum ResultKind { PROJECT, PATENT, METHOD, AWARD }
