package org.casework.notification;

import java.util.List;

/** A page of the delivery log, newest first; {@code next} is the cursor of the older page, null on the last. */
public record DeliveryPage(List<DeliveryView> deliveries, String next) {}
