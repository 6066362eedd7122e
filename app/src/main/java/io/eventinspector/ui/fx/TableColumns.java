package io.eventinspector.ui.fx;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns: every table of the app shows values of its rows as text that never changes in place. */
public final class TableColumns {
    private TableColumns() {
    }

    /** Shows {@code value} of each row as text, an absent (null) value as an empty cell. */
    public static <T> void showText(TableColumn<T, String> column, Function<T, ?> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Objects.toString(value.apply(cell.getValue()),
                "")));
    }
}
