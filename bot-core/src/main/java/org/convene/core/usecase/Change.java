package org.convene.core.usecase;

/** One field of an edit: left as it is, set to a value, or cleared (value null). */
public record Change<T>(boolean present, T value) {

    private static final Change<?> KEEP = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    public static <T> Change<T> clear() {
        return new Change<>(true, null);
    }

    public T or(T current) {
        return present ? value : current;
    }
}
