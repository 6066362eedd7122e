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
 * (it follows it). Opening it again brings it to the front; closing it hides it and stops its work. It takes the owner's
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
        if (stage == null) {
            stage = build(owner);
        }
        if (stage.isShowing()) {
            stage.toFront();
            stage.requestFocus();
            return;
        }
        viewModel.open();
        stage.show();
    }

    /**
     * Built once and hidden when closed: its views listen to the view model for the app's lifetime, so a new
     * window per opening would leave every closed one listening (and laid out again on each result).
     */
    private Stage build(Window owner) {
        DeliveryHealthView view = new DeliveryHealthView(viewModel);
        Parent content = views.load("DeliveryHealth.fxml", view).root();
        view.showTrace(views.load("Trace.fxml", new TraceView(viewModel.trace())).root());
        Scene scene = new Scene(content);
        scene.getStylesheets().add(Styles.STYLESHEET);
        Stage built = new Stage();
        built.setTitle("Delivery health");
        built.setScene(scene);
        if (owner != null) {
            built.initOwner(owner);
            if (owner instanceof Stage ownerStage) {
                built.getIcons().setAll(ownerStage.getIcons());
            }
            followTheme(built, owner.getScene().getRoot().getStyleClass(), content);
        }
        built.setOnHidden(event -> viewModel.close());
        return built;
    }

    /** The owner's theme while shown, switched along with it. */
    private static void followTheme(Stage window, ObservableList<String> ownerClasses, Parent content) {
        Runnable apply = () -> {
            content.getStyleClass().remove(Styles.DARK);
            if (ownerClasses.contains(Styles.DARK)) {
                content.getStyleClass().add(Styles.DARK);
            }
        };
        ListChangeListener<String> listener = change -> apply.run();
        window.setOnShowing(event -> {
            ownerClasses.addListener(listener);
            apply.run();
        });
        window.setOnHiding(event -> ownerClasses.removeListener(listener));
    }
}
