package org.workershome.training.course;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One lesson of a course, at its position. Not a scoped entity of its own: it is read only through its course, which
 * the caller must see first ({@link CourseManagement#get}); its files hang on it as attachments of kind
 * {@code training-lesson}.
 */
@Entity
@Table(name = "training_lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private int position;
    private String title;
    @Enumerated(EnumType.STRING)
    private LessonKind kind;
    /** The lesson's text (sanitised HTML), or the note beside a video, PDF or session. */
    private String body;
    /** For a SESSION lesson: the offline session whose attendance completes it. */
    private Long sessionId;
    @Version
    private long version;

    protected Lesson() {}

    Lesson(Long courseId, int position, String title, LessonKind kind, String body, Long sessionId) {
        this.courseId = courseId;
        this.position = position;
        this.title = title;
        this.kind = kind;
        this.body = body;
        this.sessionId = sessionId;
    }

    void change(String title, String body) {
        this.title = title;
        this.body = body;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public LessonKind getKind() { return kind; }
    public String getBody() { return body; }
    public Long getSessionId() { return sessionId; }
}
