package io.eventinspector.ui.trace;

import io.eventinspector.ui.fx.Styles;
import io.eventinspector.ui.fx.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * View → Delivery health: one window beside the main one, not modal, so the filter can be changed while it shows
 * (it follows it). Opening it again brings it to the front; closing it stops its work. It takes the owner's
 * stylesheet, theme (also when switched while it is open) and icons, as {@link io.eventinspector.ui.fx.Dialogs}
 * gives dialogs.
 */
public final class HealthWindow {
    private final DeliveryHealthViewModel viewModel;
    private final ViewLoader views;
    private Stage stage;

    public HealthWindow(DeliveryHealthViewModel viewModel, ViewLoader views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    public void show(Window owner) {
        if (stage != null) {
            stage.toFront();
            stage.requestFocus();
            return;
        }
        DeliveryHealthView view = new DeliveryHealthView(viewModel);
        Parent content = views.load("DeliveryHealth.fxml", view).root();
        view.showTrace(views.load("Trace.fxml", new TraceView(viewModel.trace())).root());
        Scene scene = new Scene(content);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage = new Stage();
        stage.setTitle("Delivery health");
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
            if (owner instanceof Stage ownerStage) {
                stage.getIcons().setAll(ownerStage.getIcons());
            }
            followTheme(owner.getScene().getRoot().getStyleClass(), content);
        }
        stage.setOnHidden(event -> {
            viewModel.close();
            stage = null;
        });
        viewModel.open();
        stage.show();
    }

    private void followTheme(ObservableList<String> ownerClasses, Parent content) {
        Runnable apply = () -> {
            content.getStyleClass().remove(Styles.DARK);
            if (ownerClasses.contains(Styles.DARK)) {
                content.getStyleClass().add(Styles.DARK);
            }
        };
        ListChangeListener<String> listener = change -> apply.run();
        ownerClasses.addListener(listener);
        apply.run();
        stage.setOnHiding(event -> ownerClasses.removeListener(listener));
    }
}
