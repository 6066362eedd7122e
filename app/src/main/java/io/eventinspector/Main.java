package io.eventinspector;

public final class Main {
    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}
