package io.newslens.output;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (OWASP "CSV injection"):
 * a cell starting with {@code = + - @ TAB CR} gets a leading apostrophe.
 */
public final class CellGuard {
    private CellGuard() {
    }

    public static String guard(String cell) {
        if (cell == null || cell.length() < 2) {
            return cell; // a lone "-" (stdin's document id) or "=" is no formula
        }
        char first = cell.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + cell : cell;
    }
}
