// The schema lives in core/ (the server's mirror parses the same orders); most of the app imports it from here.
export * from '../../../../core/orders/order-schema';
