package io.starbridge.cli;
public class Main { public static void main(String[] a) {} }
