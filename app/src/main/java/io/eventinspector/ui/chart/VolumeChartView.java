package io.eventinspector.ui.chart;

import io.eventinspector.event.EventType;
import io.eventinspector.ui.fx.Styles;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

/** The volume chart under the filter bar: binds {@link StackedBars} and its caption to {@link VolumeChartViewModel}. */
public final class VolumeChartView {
    private final VolumeChartViewModel viewModel;

    @FXML
    private StackedBars bars;
    @FXML
    private Label caption;
    @FXML
    private HBox legend;
    @FXML
    private Label hover;
    @FXML
    private Label rangeStart;
    @FXML
    private Label rangeEnd;

    public VolumeChartView(VolumeChartViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        caption.textProperty().bind(viewModel.captionProperty());
        rangeStart.textProperty().bind(viewModel.rangeStartProperty());
        rangeEnd.textProperty().bind(viewModel.rangeEndProperty());
        viewModel.bars().addListener((ListChangeListener<VolumeBar>) change -> bars.setBars(viewModel.bars()));
        viewModel.families().addListener((ListChangeListener<EventType.Family>) change -> showLegend());
        bars.setBars(viewModel.bars());
        showLegend();
        bars.setOnPick(viewModel::zoomTo);
        bars.setOnHover(index -> hover.setText(index < 0 || index >= viewModel.bars().size() ? ""
                : VolumeChartViewModel.describe(viewModel.bars().get(index))));
    }

    private void showLegend() {
        legend.getChildren().setAll(viewModel.families().stream().map(family -> {
            Circle dot = new Circle(4);
            dot.getStyleClass().addAll(Styles.TYPE_DOT, Styles.family(family));
            Label label = new Label(family.name().toLowerCase(Locale.ROOT), dot);
            label.getStyleClass().add(Styles.VOLUME_CAPTION);
            return label;
        }).toList());
    }
}
