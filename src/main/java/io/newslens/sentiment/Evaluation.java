package io.newslens.sentiment;

import java.util.Locale;

/**
 * Confusion counts of predicted against gold polarity, with per-class precision, recall, F1
 * and the macro-F1 NewsMTSC reports (F1m: unweighted mean of the three class F1s).
 */
public record Evaluation(int[][] confusion) {
    public Evaluation {
        int[][] copy = new int[3][];
        for (int g = 0; g < 3; g++) {
            copy[g] = confusion[g].clone();
        }
        confusion = copy;
    }

    public int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < 3; c++) {
            correct += confusion[c][c];
        }
        return total() == 0 ? 0 : (double) correct / total();
    }

    public double precision(Polarity p) {
        int predicted = 0;
        for (int g = 0; g < 3; g++) {
            predicted += confusion[g][p.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[p.ordinal()][p.ordinal()] / predicted;
    }

    public double recall(Polarity p) {
        int gold = 0;
        for (int v : confusion[p.ordinal()]) {
            gold += v;
        }
        return gold == 0 ? 0 : (double) confusion[p.ordinal()][p.ordinal()] / gold;
    }

    public double f1(Polarity p) {
        double pr = precision(p);
        double re = recall(p);
        return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
    }

    public double macroF1() {
        double sum = 0;
        for (Polarity p : Polarity.values()) {
            sum += f1(p);
        }
        return sum / 3;
    }

    /** One line: {@code F1m 0.741  acc 0.752  neg 0.80  neu 0.71  pos 0.72  (n=343)}. */
    public String summary() {
        return String.format(Locale.ROOT, "F1m %.3f  acc %.3f  neg %.3f  neu %.3f  pos %.3f  (n=%d)",
                macroF1(), accuracy(), f1(Polarity.NEGATIVE), f1(Polarity.NEUTRAL), f1(Polarity.POSITIVE), total());
    }
}
