package se.krimflow.interrogation;

/** Lets process tests of other packages register the attendance deadline listener. */
public final class AttendanceDeadlinesAccess {

    private AttendanceDeadlinesAccess() {
    }

    public static Object create() {
        return new AttendanceDeadlines();
    }
}
