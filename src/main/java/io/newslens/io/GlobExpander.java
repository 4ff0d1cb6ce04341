package io.newslens.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a quoted glob argument ({@code 'news/**.txt'}) that the shell did not expand,
 * walking from its longest wildcard-free folder, in sorted order.
 */
final class GlobExpander {
    private GlobExpander() {
    }

    static boolean isGlob(String arg) {
        return firstWildcard(arg) < arg.length();
    }

    static List<Path> expand(String glob) throws IOException {
        Path parent = Path.of(glob.substring(0, firstWildcard(glob)) + "x").getParent();
        Path base = parent == null ? Path.of("") : parent;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(base.equals(Path.of("")) ? Path.of(".") : base)) {
            return files.map(p -> base.equals(Path.of("")) ? Path.of(".").relativize(p) : p)
                    .filter(matcher::matches)
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static int firstWildcard(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if ("*?[{".indexOf(glob.charAt(i)) >= 0) {
                return i;
            }
        }
        return glob.length();
    }
}
