package org.workershome.training.quiz;

/** Single choice (one option index), multiple choice (the set of indexes), true/false, fill-in (accepted words). */
public enum QuestionKind { SINGLE, MULTIPLE, TRUE_FALSE, FILL }
