package org.convene.core.command.handler;

/**
 * Keeps text that people typed from running as a spreadsheet formula when an export is opened: a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote (OWASP's
 * rule for CSV injection), so it shows as the text it is.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String text(String typed) {
        if (typed == null || typed.isEmpty()) {
            return typed;
        }
        char first = typed.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + typed : typed;
    }
}
