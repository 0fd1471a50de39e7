package org.workershome.suggestions.suggestion;

/** 成果转化: how an implemented suggestion's result went on — a patent, a work method, a standard, another unit. */
public enum TransferKind { PATENT, METHOD, STANDARD, ADOPTION }
