package io.eventinspector.ui.chart;

import io.eventinspector.event.EventType;
import io.eventinspector.ui.fx.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The bars of the volume chart: one column per bucket, its family segments stacked from the bottom, all scaled to
 * the tallest bar. Plain regions coloured by style class, so the chart follows the theme like the table's dots.
 * Pressing on one column and releasing on another picks the range between them; a click picks one column.
 */
public final class StackedBars extends Region {
    private static final double GAP = 1;

    private final List<VolumeBar> bars = new ArrayList<>();
    private final List<Pane> columns = new ArrayList<>();
    private final Region selection = new Region();
    private BiConsumer<Integer, Integer> onPick = (from, to) -> { };
    private IntConsumer onHover = index -> { };
    private int pressed = -1;
    private int selectedFrom = -1;
    private int selectedTo = -1;

    public StackedBars() {
        getStyleClass().add(Styles.VOLUME_CHART_PLOT);
        selection.getStyleClass().add(Styles.VOLUME_SELECTION);
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        selection.setVisible(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            pressed = indexAt(event.getX());
            showSelection(pressed, pressed);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> showSelection(pressed, indexAt(event.getX())));
        addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            int released = indexAt(event.getX());
            selection.setVisible(false);
            if (pressed >= 0 && released >= 0) {
                onPick.accept(pressed, released);
            }
            pressed = -1;
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> onHover.accept(indexAt(event.getX())));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> onHover.accept(-1));
    }

    /** Called with the first and last column picked (in the order the mouse went). */
    public void setOnPick(BiConsumer<Integer, Integer> onPick) {
        this.onPick = onPick;
    }

    /** Called with the column under the mouse, or -1 when it leaves. */
    public void setOnHover(IntConsumer onHover) {
        this.onHover = onHover;
    }

    public void setBars(List<VolumeBar> shown) {
        bars.clear();
        bars.addAll(shown);
        columns.clear();
        for (VolumeBar bar : shown) {
            Pane column = new Pane();
            column.getStyleClass().add(Styles.VOLUME_BAR);
            for (EventType.Family family : EventType.Family.values()) {
                if (bar.count(family) > 0) {
                    Region segment = new Region();
                    segment.getStyleClass().addAll(Styles.VOLUME_SEGMENT, Styles.family(family));
                    segment.setManaged(false);
                    segment.setUserData(family);
                    column.getChildren().add(segment);
                }
            }
            columns.add(column);
        }
        getChildren().setAll(columns);
        getChildren().add(selection);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (columns.isEmpty()) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double step = width / columns.size();
        double gap = step > 4 * GAP ? GAP : 0;
        long tallest = bars.stream().mapToLong(VolumeBar::total).max().orElse(1);
        for (int i = 0; i < columns.size(); i++) {
            Pane column = columns.get(i);
            double x = snapPositionX(left + i * step);
            double columnWidth = Math.max(1, snapPositionX(left + (i + 1) * step) - x - gap);
            column.resizeRelocate(x, top, columnWidth, height);
            double y = height;
            VolumeBar bar = bars.get(i);
            for (var node : column.getChildren()) {
                long count = bar.count((EventType.Family) node.getUserData());
                // At least a pixel, so a single event in a busy day's chart is still visible.
                double segment = Math.max(1, Math.round(height * count / (double) Math.max(1, tallest)));
                y -= segment;
                ((Region) node).resizeRelocate(0, y, columnWidth, segment);
            }
        }
        if (selection.isVisible()) {
            layoutSelection();
        }
    }

    private void showSelection(int from, int to) {
        selectedFrom = Math.min(from, to);
        selectedTo = Math.max(from, to);
        selection.setVisible(from >= 0 && to >= 0 && from != to);
        layoutSelection();
    }

    private void layoutSelection() {
        if (selectedFrom < 0 || columns.isEmpty()) {
            return;
        }
        Pane first = columns.get(selectedFrom);
        Pane last = columns.get(selectedTo);
        selection.resizeRelocate(first.getLayoutX(), snappedTopInset(),
                last.getLayoutX() + last.getWidth() - first.getLayoutX(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    private int indexAt(double x) {
        if (columns.isEmpty()) {
            return -1;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        int index = (int) Math.floor((x - snappedLeftInset()) / width * columns.size());
        return Math.max(0, Math.min(columns.size() - 1, index));
    }
}
