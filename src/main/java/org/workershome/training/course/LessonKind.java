package org.workershome.training.course;

/** What a lesson is: text to read, a video to watch, a PDF to read, or an offline session to attend (blended). */
public enum LessonKind { TEXT, VIDEO, PDF, SESSION }
